/**
 * One run of the background work against the Base through the OpenAPI, for a scheduler (cron, a CI schedule)
 * every few minutes. Prints one line in the administrator's language; returns the exit code: 0 when done or
 * when a sidebar does the work, 1 when the run failed, 2 on bad input, 3 when Baton is not installed in the Base,
 * 4 when 设置 cannot be read, 5 when background work is stopped because a field it derives from is missing or
 * awaits confirmation on the Check page, 6 when the work was done but the runner lease found in 设置 ended too
 * far ahead to obey (a clock running ahead, or a hand-typed value): it was replaced, and someone must find it;
 * 7 when the outbox delivery (BATON_DELIVER_MESSAGES) left notices unsent after a failed send.
 */
import { isMessageKey, translator, type Locale, type Translate } from '../src/i18n/translate';
import { tableSpec } from '../src/schema/tables';
import type { Wait } from '../src/services/lease';
import { cliLocale, readConfig } from './config';
import { JOB_NAMES, runJobs, type JobReport } from './jobs';
import { BatonStore } from '../src/store/batonStore';
import { DELIVER_JOB, deliverOutbox, type DeliveryReport } from './deliver';
import { messageApi } from './openApi/messageApi';
import { OpenApiClient } from './openApi/openApiClient';
import { openApiHost } from './openApi/openApiBase';

export async function main(
  args: string[],
  env: Record<string, string | undefined>,
  io: { print: (line: string) => void; fetch?: typeof fetch; now?: () => number; wait?: Wait },
): Promise<number> {
  const locale = cliLocale(env);
  const t = translator(locale);
  const unknown = args.find((a) => !JOB_NAMES.includes(a));
  if (unknown) {
    io.print(t('automations.unknownJob', { job: unknown, jobs: JOB_NAMES.join(', ') }));
    io.print(usage(t));
    return 2;
  }
  const result = readConfig(env);
  if (!result.ok) {
    result.problems.forEach((p) => io.print(t(p)));
    return 2;
  }
  const { config } = result;
  const client = new OpenApiClient({
    origin: config.origin,
    credentials: config.credentials,
    fetch: io.fetch,
  });
  const host = openApiHost(client, config.appToken, { userId: config.actorUserId });
  if (args.includes(DELIVER_JOB) && !config.deliver) {
    io.print(t('automations.deliverOff'));
    return 2;
  }
  const jobs = args.length > 0 ? args : JOB_NAMES;
  const background = jobs.filter((job) => job !== DELIVER_JOB);
  const now = io.now ?? Date.now;
  try {
    let code = 0;
    if (background.length > 0) {
      const report = await runJobs(host, background, now, { wait: io.wait });
      io.print(reportLine(report, t, locale));
      code = exitCode(report, t, io.print);
      // Not installed or not readable: there is no outbox to deliver either.
      if (report.outcome === 'notInstalled' || report.outcome === 'noAccess') return code;
    }
    if (config.deliver && jobs.includes(DELIVER_JOB)) {
      const delivery = await deliverOutbox(await BatonStore.open(host), messageApi(client), now());
      deliveryLines(delivery, t).forEach((line) => io.print(line));
      if (delivery.failed > 0 && code === 0) code = DELIVERY_FAILED_EXIT;
    }
    return code;
  } catch (error) {
    // Errors from the client name the call and the OpenAPI's code, never a token or a secret.
    io.print(t('automations.failed', { reason: (error as Error).message }));
    return 1;
  }
}

function exitCode(report: JobReport, t: Translate, print: (line: string) => void): number {
  if (report.outcome === 'done' && report.invalidLease) {
    const { holder, until } = report.invalidLease;
    print(t('automations.invalidLease', { holder, until: new Date(until).toISOString() }));
    return INVALID_LEASE_EXIT;
  }
  return EXIT_CODES[report.outcome];
}

/** [RB9] What the delivery did, and why rows still wait. */
function deliveryLines(report: DeliveryReport, t: Translate): string[] {
  const { sent, unreachable, failed, stale } = report;
  return [
    t('automations.delivered', { sent, unreachable, failed, stale }),
    ...(report.reason ? [t('automations.deliveryFailed', { reason: report.reason })] : []),
    ...(report.optionMissing ? [t('automations.deliveryOptionMissing')] : []),
  ];
}

/** The usage line: every job in the order it runs, each with its text. */
function usage(t: Translate): string {
  const help = JOB_NAMES.map((name) => {
    const key = `automations.job.${name}`;
    return isMessageKey(key) ? t(key) : name;
  });
  return t('automations.usage', {
    jobs: JOB_NAMES.map((name) => `[${name}]`).join(' '),
    help: help.join(t('automations.usage.separator')),
  });
}

/**
 * A scheduler alerts on a non-zero exit: a Base that is not installed or whose 设置 the app may not read will not
 * fix itself, so those are failures of their own, unlike a sidebar holding the lease (someone else does the work).
 */
export const EXIT_CODES: Record<JobReport['outcome'], number> = {
  done: 0,
  busy: 0,
  notInstalled: 3,
  noAccess: 4,
  halted: 5,
};

/** [X7] Done, but the lease in 设置 could not be obeyed: whoever wrote it will again until their clock is right. */
export const INVALID_LEASE_EXIT = 6;
/** [RB9] The work was done but some notices could not be sent: they wait for the next run. */
export const DELIVERY_FAILED_EXIT = 7;

function reportLine(report: JobReport, t: Translate, locale: Locale): string {
  if (report.outcome === 'notInstalled')
    return t('automations.notInstalled', { tables: report.missing.join(', ') });
  if (report.outcome === 'busy') return t('automations.busy');
  if (report.outcome === 'noAccess') return t('automations.noAccess');
  if (report.outcome === 'halted')
    return t(`automations.halted.${report.halt.reason}`, {
      fields: report.halt.fields.map((f) => fieldName(f, locale)).join(', '),
    });
  return t('automations.done', {
    statuses: report.statuses,
    ready: report.readyNotices,
    escalated: report.escalated,
  });
}

/** A task field as the administrator sees it in the grid. */
function fieldName(field: string, locale: Locale): string {
  const names = tableSpec('tasks').fields.find((f) => f.key === field)?.names;
  return (locale === 'zh-CN' ? names?.zh : names?.en) ?? field;
}
