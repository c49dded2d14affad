---- MODULE DConsErr ----
\* The constraint cannot be evaluated at x = 2.
EXTENDS Naturals
VARIABLES x
Init == x = 0
Next == x' = x + 1
Small == 10 \div (2 - x) >= 0
====
