---- MODULE IOExecDef ----
EXTENDS IOUtils, Naturals
VARIABLE x
Init == x = IOExec(<<"true">>).exitValue
Next == UNCHANGED x
====
