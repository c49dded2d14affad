---- MODULE DecExt ----
\* Decimals here and in the module it extends: TLC names the
\* extended module's; before the constant left without a value and the
\* invariant the model names but the spec does not define.
EXTENDS Naturals, DecLib
CONSTANT N
VARIABLE x
Init == x = 0
Next == x' = IF x < 2 THEN x + 1 ELSE x
A == 1.5
====
