---- MODULE NegOver ----
\* -(-2147483648) and -2147483648 \div -1 overflow TLC's integers, worded
\* as its Integers.Neg and IntValue division word them.
EXTENDS Integers
VARIABLE x
Init == x = -2147483647 - 1
Next == x' = IF x < 0 THEN -x ELSE x
====
