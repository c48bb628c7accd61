// Plain TypeScript: the tag-name and event maps each src/klar-*.ts declares.
import 'klar-elements';

const status = document.querySelector('klar-case-status');
if (status) {
  status.variant = 'compact';
  // @ts-expect-error: not a variant of <klar-case-status>
  status.variant = 'huge';
}

const form = document.createElement('klar-feedback-form');
form.mode = 'report';
form.addEventListener('klar-feedback-sent', (e) => {
  const receipt: string | undefined = e.detail.receipt;
  void receipt;
  // @ts-expect-error: the sent event has a receipt, not a payload
  void e.detail.payload;
});
form.addEventListener('klar-feedback-submit', (e) => {
  e.preventDefault();
  const mode: 'quick' | 'full' | 'report' = e.detail.payload.mode;
  void mode;
});
document.addEventListener('klar-timeline-toggle', (e) => {
  const shown: boolean = e.detail.expanded;
  void shown;
});
document.addEventListener('klar-case-change', (e) => void e.detail);
