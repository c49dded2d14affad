---- MODULE CoBase ----
CONSTANTS Server, Value, Nil
Quorum == {Server}
====
