/**
 * Our one-line summaries, shown on hover next to the docs link. They cover
 * every component the workshop uses and their close relatives; other entries
 * show only their facts and link.
 */
export const SUMMARIES: Readonly<Record<string, string>> = {
  // Config blocks
  logging:
    "Configures Alloy's own log output (level, format) and can also send its log lines to Loki receivers listed in `write_to`.",
  tracing:
    'Configures the traces Alloy records about itself: the fraction sampled and the otelcol components in `write_to` that receive them.',
  livedebugging:
    'Turns on live debugging, which lets the Alloy UI show the data passing through supported components.',
  http: "Configures Alloy's own HTTP server, which serves its UI and API: TLS and authentication.",
  remotecfg:
    'Fetches extra configuration from a remote management server and runs it next to the local file.',
  declare:
    'Defines a custom component from a body of ordinary components, with `argument` inputs and `export` outputs.',
  argument:
    'Declares an input of a custom component (inside `declare` or a module); read it as `argument.NAME.value`.',
  export: 'Declares an output of a custom component (inside `declare` or a module), set from `value`.',
  foreach:
    'Runs a copy of its `template` body for each item of a list, with the item available under the name in `var`.',
  'import.file': 'Loads custom components from a module file (or a directory of them) on disk.',
  'import.git': 'Loads custom components from a module file in a Git repository.',
  'import.http': 'Loads custom components from a module fetched over HTTP.',
  'import.string': 'Loads custom components from module text given as a string.',

  // Local and remote values
  'local.file':
    'Reads a file from disk, watches it for changes and exports its text as `content` (marked secret when `is_secret` is set).',
  'local.file_match':
    'Expands the glob in the `__path__` of each `path_targets` entry and exports one target per matching file, for `loki.source.file`.',
  'remote.http': 'Polls a URL and exports the response body as `content`.',

  // Loki: logs
  'loki.process':
    'Passes each log entry through an ordered list of stages that parse, label, filter, rewrite or re-time it, then forwards it.',
  'loki.relabel':
    "Applies relabel rules to each log entry's labels (add, rewrite, drop labels or whole entries) and forwards the result.",
  'loki.write':
    'Sends log entries to Loki through the push API of each `endpoint`; other components send logs to its `receiver`.',
  'loki.echo':
    "Prints every log entry it receives to Alloy's own log output, to see what reaches a point of a pipeline.",
  'loki.enrich':
    'Adds labels from discovered targets to log entries whose label matches a target, then forwards them.',
  'loki.secretfilter':
    'Finds secrets such as API keys and tokens in log lines by pattern and redacts them before forwarding.',
  'loki.rules.kubernetes':
    'Loads Loki alerting and recording rules from Kubernetes PrometheusRule resources into a Loki ruler.',
  'loki.source.api':
    'Runs an HTTP server that accepts Loki push requests (and raw lines) from applications and forwards the entries.',
  'loki.source.awsfirehose':
    'Accepts records delivered by AWS Data Firehose over HTTP and forwards them as log entries.',
  'loki.source.azure_event_hubs': 'Reads messages from Azure Event Hubs and forwards them as log entries.',
  'loki.source.cloudflare':
    "Pulls a zone's HTTP request logs from Cloudflare and forwards them as log entries.",
  'loki.source.docker':
    'Reads the logs of the Docker containers given as targets through the Docker daemon and forwards them.',
  'loki.source.file':
    'Tails the files given as targets (their `__path__` label) and forwards each new line as a log entry.',
  'loki.source.gcplog': 'Reads Google Cloud log entries from a Pub/Sub subscription and forwards them.',
  'loki.source.gelf': 'Listens for Graylog GELF messages over UDP and forwards them as log entries.',
  'loki.source.heroku':
    'Accepts messages from a Heroku log drain over HTTP and forwards them as log entries.',
  'loki.source.journal': 'Reads entries from the systemd journal and forwards them as log entries.',
  'loki.source.kafka': 'Reads messages from Kafka topics and forwards them as log entries.',
  'loki.source.kubernetes':
    'Tails the logs of the Kubernetes pods given as targets through the API server and forwards them.',
  'loki.source.kubernetes_events': 'Watches Kubernetes events and forwards each one as a log entry.',
  'loki.source.podlogs':
    'Selects pods through PodLogs resources and tails their logs through the Kubernetes API server.',
  'loki.source.syslog': 'Listens for syslog messages over TCP or UDP and forwards them as log entries.',
  'loki.source.windowsevent':
    'Reads events from a Windows Event Log channel and forwards them as log entries.',

  // Prometheus: metrics
  'prometheus.scrape':
    'Scrapes metrics from each target at `scrape_interval` and forwards the samples to the receivers in `forward_to`.',
  'prometheus.relabel':
    "Applies relabel rules to each sample's labels (add, rewrite, drop labels or whole series) and forwards the result.",
  'prometheus.remote_write':
    'Sends samples to Prometheus remote-write endpoints such as Mimir, buffering them in a write-ahead log.',
  'prometheus.receive_http':
    'Accepts samples pushed with the Prometheus remote-write protocol over HTTP and forwards them.',
  'prometheus.echo': 'Prints the samples it receives, to see what reaches a point of a pipeline.',
  'prometheus.exporter.self': "Exposes Alloy's own metrics as a target for `prometheus.scrape`.",
  'prometheus.exporter.postgres':
    'Runs a built-in PostgreSQL exporter for the databases in `data_source_names` and exposes it as a target.',
  'prometheus.exporter.unix':
    "Runs a built-in node exporter (the host's CPU, memory, disk, network and more) and exposes it as a target.",
  'prometheus.exporter.mysql':
    'Runs a built-in MySQL exporter for the database in `data_source_name` and exposes it as a target.',
  'prometheus.exporter.redis':
    'Runs a built-in Redis exporter for the server at `redis_addr` and exposes it as a target.',
  'prometheus.exporter.blackbox':
    'Probes endpoints over HTTP, TCP, ICMP or DNS with a built-in blackbox exporter and exposes each probe as a target.',
  'prometheus.operator.servicemonitors':
    'Finds ServiceMonitor resources in Kubernetes and scrapes the targets they describe.',
  'prometheus.operator.podmonitors':
    'Finds PodMonitor resources in Kubernetes and scrapes the targets they describe.',

  // Discovery: targets
  'discovery.http':
    'Fetches a target list from a URL serving Prometheus HTTP service-discovery JSON, refreshed every `refresh_interval`.',
  'discovery.relabel':
    'Applies relabel rules to targets (rewrite, keep or drop them); exports the result as `output` and the rules as `rules`.',
  'discovery.docker':
    'Lists the containers of a Docker daemon as targets, with container metadata in `__meta_docker_*` labels.',
  'discovery.kubernetes':
    'Lists Kubernetes pods, services, endpoints, nodes or ingresses (by `role`) as targets, with metadata labels.',
  'discovery.file': 'Reads targets from JSON or YAML files and re-reads them when they change.',

  // OpenTelemetry: receivers
  'otelcol.receiver.otlp':
    'Accepts OTLP traces, metrics and logs over gRPC and/or HTTP and sends each signal to the components in `output`.',
  'otelcol.receiver.loki':
    'Accepts Loki log entries on its `receiver` and sends them on as OpenTelemetry logs.',
  'otelcol.receiver.prometheus':
    'Accepts Prometheus samples on its `receiver` and sends them on as OpenTelemetry metrics.',
  'otelcol.receiver.jaeger':
    'Accepts spans in the Jaeger protocols and sends them on as OpenTelemetry traces.',
  'otelcol.receiver.zipkin':
    'Accepts spans in the Zipkin format over HTTP and sends them on as OpenTelemetry traces.',
  'otelcol.receiver.filelog': 'Tails log files and sends their lines on as OpenTelemetry logs.',

  // OpenTelemetry: processors
  'otelcol.processor.batch':
    'Groups telemetry into batches, sent when a batch is full or `timeout` passes, to reduce outgoing requests.',
  'otelcol.processor.attributes':
    'Inserts, updates, deletes, hashes or extracts attributes of spans, log records or metric data points.',
  'otelcol.processor.filter': 'Drops spans, metrics or log records that match OTTL conditions.',
  'otelcol.processor.transform':
    'Rewrites telemetry with OTTL statements, for example to set, delete or rename attributes.',
  'otelcol.processor.memory_limiter':
    "Refuses data while Alloy's memory use is above a limit, so the process does not run out of memory.",
  'otelcol.processor.tail_sampling':
    "Keeps or drops whole traces by policy, deciding once a trace's spans have arrived.",
  'otelcol.processor.k8sattributes':
    'Adds Kubernetes metadata (pod, namespace, node and more) to telemetry as resource attributes.',

  // OpenTelemetry: connectors
  'otelcol.connector.spanlogs':
    'Turns spans, root spans, processes or span events into log records carrying chosen attributes.',
  'otelcol.connector.spanmetrics':
    'Computes call counts and duration histograms from spans, per service, span name, kind, status and chosen dimensions.',
  'otelcol.connector.servicegraph':
    'Computes service-graph metrics (requests, failures and latency between each client and server service) from spans.',

  // OpenTelemetry: exporters
  'otelcol.exporter.otlp': 'Sends telemetry to an OTLP endpoint over gRPC, configured in its `client` block.',
  'otelcol.exporter.otlphttp':
    'Sends telemetry to an OTLP endpoint over HTTP, configured in its `client` block.',
  'otelcol.exporter.loki':
    'Converts OpenTelemetry log records into Loki log entries and forwards them to the Loki receivers in `forward_to`.',
  'otelcol.exporter.prometheus':
    'Converts OpenTelemetry metrics into Prometheus samples and forwards them to the receivers in `forward_to`.',
  'otelcol.exporter.debug':
    "Writes the telemetry it receives to Alloy's log output, to see what reaches a point of a pipeline.",

  // OpenTelemetry: authentication
  'otelcol.auth.basic':
    'Provides HTTP basic authentication (username and password) to otelcol exporters and receivers through its `handler`.',
  'otelcol.auth.bearer':
    'Provides bearer-token authentication to otelcol exporters and receivers through its `handler`.',
  'otelcol.auth.headers':
    'Adds fixed or computed headers to the requests of otelcol exporters through its `handler`.',

  // Pyroscope: profiles
  'pyroscope.scrape':
    'Collects profiles from the targets over HTTP and forwards them to the receivers in `forward_to`.',
  'pyroscope.write':
    'Sends profiles to Pyroscope endpoints; other components send profiles to its `receiver`.',
};

/** Our summary for a catalog entry, or null when we have not written one. */
export function getSummary(name: string): string | null {
  return SUMMARIES[name] ?? null;
}
