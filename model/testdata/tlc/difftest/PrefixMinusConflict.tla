---- MODULE PrefixMinusConflict ----
\* x \div -1: SANY refuses the prefix minus after \div (a precedence
\* conflict it names "-.").
EXTENDS Integers
VARIABLE x
Init == x = -2147483647 - 1
Next == x' = IF x < 0 THEN x \div -1 ELSE x
====
