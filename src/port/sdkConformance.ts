/**
 * Compile-time proof that the real js-sdk satisfies our port. Type-only: nothing here runs or ships.
 * If an SDK upgrade changes a signature we rely on, `npm run typecheck` fails here.
 */
import type { IBase, IBridge, ITable, bitable } from '@lark-base-open/js-sdk';
import type { BaseTable, BitableBase, BitableBridge, BitableHost } from './bitableBase';

type Satisfies<Port, Impl extends Port> = Impl;

export type SdkBaseSatisfiesPort = Satisfies<BitableBase, IBase>;
export type SdkTableSatisfiesPort = Satisfies<BaseTable, ITable>;
export type SdkBridgeSatisfiesPort = Satisfies<BitableBridge, IBridge>;
export type SdkAppSatisfiesPort = Satisfies<BitableHost, typeof bitable>;
