---- MODULE PostConst ----
EXTENDS Naturals, TLC
CONSTANT K
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Inv == x < 2
\* Constant-level: TLC evaluates it at startup (printing "post") and
\* refuses it where it looks the POSTCONDITION up, after the search.
Post == PrintT("post") /\ FALSE
\* Reads the run: TLC evaluates it after the search, a definition still.
PostRun == TLCGet("stats").distinct = 4
\* A numeral is no operator application: TLC evaluates it after the
\* search (here after a deadlock) and fails on it.
PostNum == 3
====
