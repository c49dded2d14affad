---- MODULE LiveFailPlain ----
LOCAL INSTANCE TLC

Trace == 
	<<[busy |-> FALSE, req |-> FALSE, served |-> FALSE], [busy |-> FALSE, req |-> TRUE, served |-> FALSE], [busy |-> TRUE, req |-> TRUE, served |-> FALSE]>>

====