---- MODULE IOUtils ----
EXTENDS Integers
\* A stand-in written for these tests: the commands' placeholders, defined
\* as TLC evaluates them where its jar has no Java for IOUtils.
IOExec(command) == CHOOSE r \in [exitValue : Int, stdout : STRING, stderr : STRING] : TRUE
IOEnvExec(env, command) == CHOOSE r \in [exitValue : Int, stdout : STRING, stderr : STRING] : TRUE
IOSerialize(val, absoluteFilename, compress) == TRUE
IODeserialize(absoluteFilename, compressed) == CHOOSE val : TRUE
Serialize(value, dest, options) == CHOOSE r \in [exitValue : Int, stdout : STRING, stderr : STRING] : TRUE
Deserialize(src, options) == CHOOSE val : TRUE
====
