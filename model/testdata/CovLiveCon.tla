---- MODULE CovLiveCon ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y \in {0, 1}
Next == \/ x' = (x + 1) % 5 /\ y' = y
        \/ x' = x /\ y' = 1 - y
Spec == Init /\ [][Next]_<<x, y>> /\ WF_x(Next)
Con == x < 4 /\ y < 2
ActCon == x' # 3 \/ y' = y
Leads == (x = 0) ~> (x = 2)
====
Leads has a tableau: TLC builds its product with the state graph while
it searches, and generates again the successors of a state already
expanded when a new <<state, tableau node>> of it is met
(LiveCheck.TableauLiveChecker's private addNextState), asking
isInModel and isInActions of each: Con and ActCon are evaluated there
too (model's livereexpand.go).
