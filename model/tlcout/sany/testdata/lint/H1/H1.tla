---- MODULE H1 ----
EXTENDS TLC, TLCExt, Json, Reals, Bags
g == 1
h == 2
k == 3
a == [g |-> TLCGet("level")]
b == [h |-> PrintT("x")]
c == [k |-> TLCGet(g)]
d == [a |-> Infinity, b |-> 1]
e == [c |-> Any]
f == [d |-> EmptyBag, e |-> 1]
m == [f |-> JsonSerialize("a", 1)]
n == [m |-> ToString(1)]
====
