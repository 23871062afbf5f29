/**
 * What the editor shows on first load: section 1 of the workshop, Alloy's own
 * logs relabelled and written to Loki, so the graph has a real pipeline to draw.
 */
export const EXAMPLE_SOURCE = `// Alloy's own logs, relabelled and written to Loki.
logging {
	level    = "debug"
	format   = "logfmt"
	write_to = [loki.relabel.alloy_logs.receiver]
}

loki.relabel "alloy_logs" {
	rule {
		target_label = "group"
		replacement  = "infrastructure"
	}

	rule {
		target_label = "service"
		replacement  = "alloy"
	}

	forward_to = [loki.write.mythical.receiver]
}

loki.write "mythical" {
	endpoint {
		url = "http://loki:3100/loki/api/v1/push"
	}
}
`;
