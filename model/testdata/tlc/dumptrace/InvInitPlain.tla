---- MODULE InvInitPlain ----
LOCAL INSTANCE TLC

Trace == 
	<<[x |-> 0, y |-> 1]>>

====