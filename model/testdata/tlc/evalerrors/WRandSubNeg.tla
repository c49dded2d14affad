---- MODULE WRandSubNeg ----
\* RandomSubset of a negative size: TLC's Java method fails (its ValueVec
\* of size -1 throws), printed as the Java method's error with the size as
\* its cause, then the stack, exit 75; it used to give {} and no error.
EXTENDS Randomization, Integers, TLC
VARIABLE x
Init == x = RandomSubset(-1, 1..3)
Next == UNCHANGED x
====
