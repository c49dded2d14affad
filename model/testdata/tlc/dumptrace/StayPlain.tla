---- MODULE StayPlain ----
LOCAL INSTANCE TLC

Trace == 
	<<[x |-> 0]>>

====