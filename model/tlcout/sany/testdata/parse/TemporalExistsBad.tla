---- MODULE TemporalExistsBad ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Spec == \EE y : 
Next == x' = x
====
