---- MODULE CovArgRef ----
\* Op(t), Op(x + 1), Op2(s, x) as conjuncts of an action: TLC's
\* successor generator binds each argument to a LazyValue, evaluated (and
\* counted) once per application however often the body reads it
\* (MissionariesAndCannibals' IsSafe(newThisBank) reads S three times).
EXTENDS Naturals
VARIABLE x
Op(S) == S > 0 \/ S + S > 3
Op2(a, b) == a + b > 1 /\ a < 10 /\ b < 10
Next == \E s \in {1, 2} :
          LET t == x + s
          IN /\ Op(t)
             /\ Op(x + 1)
             /\ Op2(s, x)
             /\ x' = (x + 1) % 4
Init == x = 0
====
