---- MODULE IOUtils ----
\* A stand-in for the CommunityModules' IOUtils: TLC computes these
\* operators in Java (the environment, a command, a file), and their TLA+
\* definitions are placeholders it never evaluates.
EXTENDS TLC
LOCAL INSTANCE Integers
IOEnv == CHOOSE r \in [STRING -> STRING] : TRUE
IOExec(command) == CHOOSE r \in [exitValue : Int, stdout : STRING, stderr : STRING] : TRUE
====
