---- MODULE IOUtils ----
EXTENDS Integers
\* A stand-in written for these tests: the commands' placeholders, defined
\* as TLC evaluates them where its jar has no Java for IOUtils.
IOExec(command) == CHOOSE r \in [exitValue : Int, stdout : STRING, stderr : STRING] : TRUE
IOEnvExec(env, command) == CHOOSE r \in [exitValue : Int, stdout : STRING, stderr : STRING] : TRUE
====
