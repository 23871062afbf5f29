/**
 * Sharing the configuration as a link: first a warning when it seems to
 * hold secrets (what and on which line), then the link, copied to the
 * clipboard, with the means to copy it by hand.
 */
import { useEffect, useMemo, useState } from 'react';
import { findSecrets } from '../../src/share/secrets';
import { buildShareLink, type BuiltShareLink } from '../../src/share/share-link';
import { useModalDialog } from './useModalDialog';

type Copied = 'copied' | 'refused' | null;

export function ShareDialog({ source, onClose }: { source: string; onClose(): void }) {
  const dialog = useModalDialog();
  const findings = useMemo(() => findSecrets(source), [source]);
  const [confirmed, setConfirmed] = useState(findings.length === 0);
  const [link, setLink] = useState<BuiltShareLink | null>(null);
  const [copied, setCopied] = useState<Copied>(null);

  useEffect(() => {
    if (!confirmed) return;
    let current = true;
    void buildShareLink(window.location.href, source).then(async (built) => {
      if (!current) return;
      setLink(built);
      if (built.ok) {
        const outcome = await copyText(built.url);
        if (current) setCopied(outcome);
      }
    });
    return () => {
      current = false;
    };
  }, [confirmed, source]);

  const close = () => dialog.current?.close();

  return (
    <dialog ref={dialog} className="playground-dialog" aria-labelledby="share-title" onClose={onClose}>
      <h2 id="share-title">Share this configuration</h2>
      {!confirmed ? (
        <div className="playground-warning" role="alert">
          <p>
            <strong>This configuration seems to hold secrets.</strong> Anyone with the link can read them:
          </p>
          <ul data-testid="secret-findings">
            {findings.map((finding) => (
              <li key={`${finding.line}:${finding.column}`}>
                Line {finding.line}: {finding.description}
              </li>
            ))}
          </ul>
          <p>
            Read them from elsewhere instead, e.g. <code>sys.env("PASSWORD")</code>, or share anyway.
          </p>
          <div className="playground-dialog-actions">
            <button type="button" className="toolbar-button" onClick={close} autoFocus>
              Cancel
            </button>
            <button type="button" className="toolbar-button" onClick={() => setConfirmed(true)}>
              Share anyway
            </button>
          </div>
        </div>
      ) : link === null ? (
        <p role="status">Packing the configuration…</p>
      ) : !link.ok ? (
        <>
          <p role="alert">{link.error}</p>
          <div className="playground-dialog-actions">
            <button type="button" className="toolbar-button" onClick={close}>
              Close
            </button>
          </div>
        </>
      ) : (
        <ShareLink
          url={link.url}
          copied={copied}
          onCopy={() => void copyText(link.url).then(setCopied)}
          onClose={close}
        />
      )}
    </dialog>
  );
}

function ShareLink({
  url,
  copied,
  onCopy,
  onClose,
}: {
  url: string;
  copied: Copied;
  onCopy(): void;
  onClose(): void;
}) {
  return (
    <>
      <p role="status">
        {copied === 'copied'
          ? 'The link is copied to the clipboard.'
          : copied === 'refused'
            ? 'The browser does not let the page copy: select the link and copy it by hand.'
            : ''}
      </p>
      <label className="playground-field">
        Link
        <input
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          data-testid="share-link"
        />
      </label>
      <p className="playground-note">
        The whole configuration is in the link itself: nothing is uploaded, and whoever opens it gets it in
        their free playground.
      </p>
      <div className="playground-dialog-actions">
        <button type="button" className="toolbar-button" onClick={onCopy}>
          Copy link
        </button>
        <button type="button" className="toolbar-button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </>
  );
}

/** `navigator.clipboard` is missing outside secure contexts, and may be refused: both end as `refused`. */
async function copyText(text: string): Promise<Copied> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'refused';
  }
}
