/**
 * The example host page's script: it embeds playgrounds and uses every
 * message of the embedding API. Read it as a how-to; the end-to-end tests
 * drive it too. Received content is only ever shown as text.
 */
import {
  PROTOCOL,
  PROTOCOL_VERSION,
  type FrameMessage,
  type HostRequest,
  type LessonSummary,
} from '../src/embed/protocol';
import { encodeConfig } from '../src/share/codec';

const GRAPH_CONFIG = `prometheus.exporter.self "alloy" {}

prometheus.scrape "alloy" {
	targets    = prometheus.exporter.self.alloy.targets
	forward_to = [prometheus.remote_write.mimir.receiver]
}

prometheus.remote_write "mimir" {
	endpoint {
		url = "http://mimir:9009/api/v1/push"
	}
}
`;

/** One embedded playground: its frame, its log, and what to do with its messages. */
type Embed = {
  frame: HTMLIFrameElement;
  log: HTMLOListElement;
  onMessage?(message: FrameMessage): void;
};

const element = <T extends HTMLElement>(id: string): T => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the example page has no #${id}`);
  return found as T;
};

/** The playground is the page `index.html` beside this one. */
const playgroundUrl = (params: Record<string, string>) =>
  `./?${new URLSearchParams({ embed: '1', ...params }).toString()}`;

function send(embed: Embed, request: HostRequest | Record<string, unknown>): void {
  // The frames come from this page's own server; another host would name the playground's origin.
  embed.frame.contentWindow?.postMessage(
    { protocol: PROTOCOL, version: PROTOCOL_VERSION, ...request },
    window.location.origin,
  );
}

function record(embed: Embed, message: FrameMessage): void {
  const entry = document.createElement('li');
  entry.dataset.type = message.type;
  entry.textContent = `${message.type}: ${summary(message)}`;
  embed.log.append(entry);
  embed.log.scrollTop = embed.log.scrollHeight;
}

function summary(message: FrameMessage): string {
  const id =
    'requestId' in message && message.requestId !== undefined ? ` (request ${message.requestId})` : '';
  switch (message.type) {
    case 'ready':
      return `lesson ${message.lessonId ?? 'none'}, ${message.lessons.length} lessons, view ${message.view}${message.readonly ? ', read-only' : ''}`;
    case 'change':
      return `${message.cause}, ${message.config.length} characters`;
    case 'diagnostics':
      return message.diagnostics.length === 0
        ? 'no problems'
        : message.diagnostics
            .map((d) => `${d.severity} at ${d.range.start.line}:${d.range.start.column}: ${d.message}`)
            .join('; ');
    case 'check-result': {
      const met = message.report.objectives.filter((objective) => objective.passed).length;
      return `${message.requested ? 'requested' : 'quiet'}, ${message.report.passed ? 'passed' : 'not yet'}, ${met} of ${message.report.objectives.length} objectives met${id}`;
    }
    case 'resize':
      return `${message.height} px`;
    case 'config':
      return `lesson ${message.lessonId ?? 'none'}, ${message.config.length} characters${id}`;
    case 'error':
      return `${message.message}${id}`;
  }
}

/** Routes each message to the frame that sent it, and sizes that frame to its content. */
function listen(embeds: readonly Embed[]): void {
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const embed = embeds.find((candidate) => candidate.frame.contentWindow === event.source);
    if (!embed || event.origin !== window.location.origin || !isFrameMessage(event.data)) return;
    const message = event.data;
    record(embed, message);
    if (message.type === 'resize') embed.frame.style.height = `${message.height}px`;
    embed.onMessage?.(message);
  });
}

function isFrameMessage(data: unknown): data is FrameMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  return (
    message.protocol === PROTOCOL && message.version === PROTOCOL_VERSION && typeof message.type === 'string'
  );
}

function setUpLessonFrame(): Embed {
  const select = element<HTMLSelectElement>('lesson-select');
  const configText = element<HTMLTextAreaElement>('config-text');
  let nextRequest = 1;
  const embed: Embed = {
    frame: element('lesson-frame'),
    log: element('lesson-log'),
    onMessage(message) {
      if (message.type === 'ready') {
        fillLessons(select, message.lessons, message.lessonId);
        configText.value = message.config;
      }
      if (message.type === 'config') {
        if (message.lessonId !== null) select.value = message.lessonId;
        configText.value = message.config;
      }
    },
  };
  select.addEventListener('change', () =>
    send(embed, { type: 'set-lesson', lessonId: select.value, requestId: nextRequest++ }),
  );
  element('check').addEventListener('click', () => send(embed, { type: 'check', requestId: nextRequest++ }));
  element('get-config').addEventListener('click', () =>
    send(embed, { type: 'get-config', requestId: nextRequest++ }),
  );
  element('set-config').addEventListener('click', () =>
    send(embed, { type: 'set-config', config: configText.value, requestId: nextRequest++ }),
  );
  element('send-invalid').addEventListener('click', () =>
    send(embed, { version: PROTOCOL_VERSION + 1, type: 'check', requestId: nextRequest++ }),
  );
  embed.frame.src = playgroundUrl({ lesson: 'section-1', check: '1', origin: window.location.origin });
  return embed;
}

function fillLessons(
  select: HTMLSelectElement,
  lessons: readonly LessonSummary[],
  current: string | null,
): void {
  select.replaceChildren(
    ...lessons.map(({ id, title }) => {
      const option = document.createElement('option');
      option.value = id;
      option.textContent = title;
      return option;
    }),
  );
  if (current !== null) select.value = current;
  select.disabled = false;
}

async function setUpGraphFrame(): Promise<Embed> {
  const embed: Embed = { frame: element('graph-frame'), log: element('graph-log') };
  const config = await encodeConfig(GRAPH_CONFIG);
  embed.frame.src = playgroundUrl({ view: 'graph', theme: 'dark', readonly: '1', scale: '1.1', config });
  return embed;
}

function setUpForeignFrame(): Embed {
  const status = element('foreign-status');
  const embed: Embed = { frame: element('foreign-frame'), log: element('foreign-log') };
  element('foreign-set-config').addEventListener('click', () => {
    send(embed, {
      type: 'set-config',
      config: '// from a page the frame does not allow\n',
      requestId: 'foreign',
    });
    status.textContent = 'Sent. The frame does not answer: this page is not on its list.';
  });
  embed.frame.src = playgroundUrl({ view: 'editor', origin: 'https://docs.example.com' });
  return embed;
}

// Listen before any frame loads, so that no `ready` is missed.
const embeds: Embed[] = [];
listen(embeds);
embeds.push(setUpLessonFrame(), setUpForeignFrame());
embeds.push(await setUpGraphFrame());
