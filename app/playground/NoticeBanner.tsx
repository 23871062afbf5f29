/**
 * The playground's current notice, under the toolbar, until dismissed or
 * replaced. Errors and news have live regions of their own, always in the
 * page, so that each new notice is announced.
 */
import { useNotice, type Notice } from './notice';

export function NoticeBanner() {
  const notice = useNotice((state) => state.notice);
  return (
    <div className="playground-notice-region">
      <div role="alert">{notice?.kind === 'error' && <NoticeCard notice={notice} />}</div>
      <div role="status">{notice?.kind === 'info' && <NoticeCard notice={notice} />}</div>
    </div>
  );
}

function NoticeCard({ notice }: { notice: Notice }) {
  const dismiss = useNotice((state) => state.dismiss);
  const { action } = notice;
  return (
    <div className={`playground-notice playground-notice--${notice.kind}`} data-testid="playground-notice">
      <p>{notice.text}</p>
      {action && (
        <button
          type="button"
          className="toolbar-button"
          onClick={() => {
            dismiss();
            action.run();
          }}
        >
          {action.label}
        </button>
      )}
      <button type="button" className="toolbar-button" onClick={dismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
