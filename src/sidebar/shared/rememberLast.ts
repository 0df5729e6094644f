/**
 * `fn` that gives back its last result while called with the same arguments (by identity). For view models
 * of screens that are unmounted when hidden: coming back to one costs nothing if the data did not change.
 */
export function rememberLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i])))
      return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}
