---- MODULE DivOver ----
\* -2147483648 \div -1 overflows TLC's integers.
EXTENDS Integers
VARIABLE x
Init == x = -2147483647 - 1
Next == x' = IF x < 0 THEN x \div (-1) ELSE x
====
