---- MODULE LiveFailTrace ----
LOCAL INSTANCE TLC

CounterExample == 
	[action |-> {<<<<1, [busy |-> FALSE, req |-> FALSE, served |-> FALSE]>>, [name |-> "Request", location |-> [beginLine |-> 7, beginColumn |-> 12, endLine |-> 7, endColumn |-> 67, module |-> "LiveFail"]], <<2, [busy |-> FALSE, req |-> TRUE, served |-> FALSE]>>>>, <<<<2, [busy |-> FALSE, req |-> TRUE, served |-> FALSE]>>, [name |-> "Toggle", location |-> [beginLine |-> 9, beginColumn |-> 11, endLine |-> 9, endColumn |-> 52, module |-> "LiveFail"]], <<3, [busy |-> TRUE, req |-> TRUE, served |-> FALSE]>>>>, <<<<3, [busy |-> TRUE, req |-> TRUE, served |-> FALSE]>>, [name |-> "Toggle", location |-> [beginLine |-> 9, beginColumn |-> 11, endLine |-> 9, endColumn |-> 52, module |-> "LiveFail"]], <<2, [busy |-> FALSE, req |-> TRUE, served |-> FALSE]>>>>}, state |-> {<<1, [busy |-> FALSE, req |-> FALSE, served |-> FALSE]>>, <<2, [busy |-> FALSE, req |-> TRUE, served |-> FALSE]>>, <<3, [busy |-> TRUE, req |-> TRUE, served |-> FALSE]>>}]

====