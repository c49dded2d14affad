---- MODULE ConcatLeft ----
\* s \o t of a first operand that is not a sequence, in TLC's words for it
\* ("s \o t when s is not a sequence"), met in Next.
EXTENDS Integers, Sequences
VARIABLE x
Init == x = <<1>>
Next == x' = IF Len(x) < 2 THEN x \o <<2>> ELSE {x} \o x
====
