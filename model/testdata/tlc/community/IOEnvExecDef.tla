---- MODULE IOEnvExecDef ----
EXTENDS IOUtils, Naturals
ASSUME IOEnvExec([N |-> 1], <<"true">>).exitValue = 0
====
