---- MODULE Steps ----
\* Action properties ([][A]_v) and []P in PROPERTY, which TLC checks during
\* the search (SpecProcessor.processConfigProps: []P joins the invariants,
\* [][A]_v is an implied action checked on every generated step).
\* x counts to 3, y to 1, and Reset takes x from 3 back to 0 once y = 1.
\* Expected, worked by hand: the states are (x, y) in 0..3 \X 0..1, all
\* reachable: distinct 8. Generated 12: 1 initial; IncX in the 6 states with
\* x < 3; IncY in the 4 with y = 0; Reset in (3, 1). Level k holds the states
\* with x + y = k - 1, so depth 5; Reset goes back to (0, 1), seen at level 2.
\* No state is deadlocked ((3, 0) has IncY, (3, 1) has Reset).
\*  - Steps.cfg, XGrowsOrResets: IncX increases x, IncY leaves it unchanged,
\*    Reset is the allowed x = 3 -> 0: holds.
\*  - StepsFail.cfg, XNeverDecreases: only Reset decreases x, from (3, 1), the
\*    one state of level 5, to (0, 1), a state seen before (TLC checks such
\*    steps too): "Action property XNeverDecreases is violated.", exit 13;
\*    the trace is a shortest path to (3, 1) plus the step: 6 states, depth 5.
\*    Every state was found before level 5 is expanded: distinct 8; the
\*    generated steps are the 1 + 10 of levels 1 to 4 plus Reset: 12.
\*  - StepsBox.cfg, AlwaysBelow3 == []XBelow3: an invariant named XBelow3
\*    (TLC names []P after P when P is a name): "Invariant XBelow3 is
\*    violated.", exit 12, at (3, 0), 4 states from (0, 0): depth 4.
\*  - StepsConstrained.cfg: CONSTRAINT x <= 2 keeps (3, y) out of the model,
\*    but TLC checks the step to such a state all the same: XStaysSmall fails
\*    on (2, 0) -> (3, 0): 4 states, depth 3 (what TLC says), exit 13.
\*  - A PROPERTY that is a state predicate is checked on the initial states
\*    only (TLC's implied inits): StartsAtZero holds (Steps.cfg), StartsAtOne
\*    fails on (0, 0) (StepsInit.cfg): "Property StartsAtOne is violated by
\*    the initial state.", exit 13, a trace of 1 state, depth 1, 1 state
\*    generated and kept. XIsZero (x = 0) would fail in most states, but is
\*    only checked initially, so Steps.cfg holds.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
IncX == x < 3 /\ x' = x + 1 /\ UNCHANGED y
IncY == y < 1 /\ y' = y + 1 /\ UNCHANGED x
Reset == x = 3 /\ y = 1 /\ x' = 0 /\ UNCHANGED y
Next == IncX \/ IncY \/ Reset
Spec == Init /\ [][Next]_vars
XGrowsOrResets == [][x' > x \/ (x = 3 /\ x' = 0)]_x
XNeverDecreases == [][x' >= x]_x
XBelow3 == x < 3
AlwaysBelow3 == []XBelow3
XSmall == x <= 2
XStaysSmall == [][x' <= 2]_x
StartsAtZero == x = 0 /\ y = 0
StartsAtOne == x = 1
XIsZero == x = 0
====
