---- MODULE HigherOrder ----
\* Operator parameters, LAMBDA, operators passed by name and by symbol,
\* and user-definable infix and postfix operators.
EXTENDS Naturals, Sequences
a \prec b == a < b
a ** b == a * b + 1
s ^+ == s \o s
Twice(F(_), v) == F(F(v))
Map(s, F(_)) == [i \in 1..Len(s) |-> F(s[i])]
Combine(_ \oplus _, a, b) == a \oplus b
Inc(v) == v + 1
IsSmall(v) == v \prec 3
VARIABLE x
Move(Upd(_)) == Upd(x)
Init == x = 0
Next == Move(LAMBDA v : x' = IF v \prec 4 THEN Twice(Inc, v) ELSE v)
Inv == /\ Twice(LAMBDA v : v ^+, <<x>>) = <<x, x, x, x>>
       /\ Map(<<1, 2>>, LAMBDA v : v * x) = <<x, 2 * x>>
       /\ SelectSeq(<<1, 2, 3, 4>>, IsSmall) = <<1, 2>>
       /\ SelectSeq(<<1, 2, 3>>, LAMBDA v : v # 2) = <<1, 3>>
       /\ Combine(+, x, 1) = x + 1
       /\ Combine( ** , x, 2) = 2 * x + 1
       /\ Combine(LAMBDA p, q : p \prec q, x, 10)
       /\ x ** 0 = 1
====
