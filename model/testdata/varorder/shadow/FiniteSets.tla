------------------------------ MODULE FiniteSets ------------------------------
(* A FiniteSets.tla of the spec's own: SANY reads it instead of its     *)
(* standard module; its sixty more symbols grow SANY's table of the     *)
(* symbols of VarOrderShadow, and so change TLC's order of variables.   *)
EXTENDS Naturals
IsFiniteSet(S) == TRUE
Cardinality(S) == 0
Extra1 == 1
Extra2 == 2
Extra3 == 3
Extra4 == 4
Extra5 == 5
Extra6 == 6
Extra7 == 7
Extra8 == 8
Extra9 == 9
Extra10 == 10
Extra11 == 11
Extra12 == 12
Extra13 == 13
Extra14 == 14
Extra15 == 15
Extra16 == 16
Extra17 == 17
Extra18 == 18
Extra19 == 19
Extra20 == 20
Extra21 == 21
Extra22 == 22
Extra23 == 23
Extra24 == 24
Extra25 == 25
Extra26 == 26
Extra27 == 27
Extra28 == 28
Extra29 == 29
Extra30 == 30
Extra31 == 31
Extra32 == 32
Extra33 == 33
Extra34 == 34
Extra35 == 35
Extra36 == 36
Extra37 == 37
Extra38 == 38
Extra39 == 39
Extra40 == 40
Extra41 == 41
Extra42 == 42
Extra43 == 43
Extra44 == 44
Extra45 == 45
Extra46 == 46
Extra47 == 47
Extra48 == 48
Extra49 == 49
Extra50 == 50
Extra51 == 51
Extra52 == 52
Extra53 == 53
Extra54 == 54
Extra55 == 55
Extra56 == 56
Extra57 == 57
Extra58 == 58
Extra59 == 59
Extra60 == 60
=============================================================================
