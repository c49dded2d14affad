---- MODULE PostRun ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x < 4 /\ x' = x + 1
NextErr == x < 4 /\ x' = IF x = 2 THEN x \div 0 ELSE x + 1
InvErr == x = 2 => 1 \div 0 = 1
ConsErr == x = 2 => 1 \div 0 = 1
ConsPrime == x = 2 => x' = 1
ACErr == x = 2 => 1 \div 0 = 1
ACTemp == x = 2 => <>(x = 1)
ViewPrime == IF x = 2 THEN x' ELSE x
Post == PrintT(<<"post", TLCGet("distinct")>>) /\ FALSE
PostErr == 1 \div (TLCGet("distinct") - TLCGet("distinct")) = 0
PostSim == PrintT(<<"post", TLCGet("level")>>) /\ FALSE
PostSimErr == 1 \div (TLCGet("level") - TLCGet("level")) = 0
====
