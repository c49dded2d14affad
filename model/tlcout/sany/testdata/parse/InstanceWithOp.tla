---- MODULE InstanceWithOp ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
I == INSTANCE Naturals WITH + <- 
Next == x' = x
====
