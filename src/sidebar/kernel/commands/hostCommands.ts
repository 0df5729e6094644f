/** The boss's host diagnostics, run as a command like every action. */
import { diagnoseHost, type DiagnosticsReport } from '../../../services/hostDiagnostics';
import type { Command } from '../command';

export const diagnoseHostCommand: Command<{ now: () => number }, DiagnosticsReport, 'notBoss'> = {
  key: () => 'hostDiagnostics',
  async run({ now }, { session }) {
    const result = await diagnoseHost(session.store, session.data, session.context.userId, { now });
    return result.ok ? { ok: true, value: result.report } : result;
  },
  messages: {
    done: (_input, _report, t) => t('diagnostics.done'),
    refusal: (_code, t) => t('diagnostics.notBoss'),
    failed: (reason, t) => t('diagnostics.failed', { reason }),
  },
};
