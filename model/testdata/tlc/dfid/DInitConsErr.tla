---- MODULE DInitConsErr ----
\* The constraint cannot be evaluated on the initial state x = 0: TLC's replay
\* fails again there (exit 75).
EXTENDS Naturals
VARIABLES x
Init == x \in {1, 0, 2}
Next == x' = x
Small == 1 \div x > 0
====
