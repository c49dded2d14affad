---- MODULE LabAt ----
\* M!Par(1)!@ names the body of Par's \A as an operator of Par's a and
\* the bound k, applied to one argument: TLC (SANY) refuses the module,
\* "line 8, col 8 to line 8, col 17 of module LabAt: Expected 2 arguments
\* but found 1.", "Parsing or semantic analysis failed." (exit 150).
M == INSTANCE LabInner WITH K <- 1

ASSUME M!Par(1)!@
====
