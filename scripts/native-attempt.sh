#!/usr/bin/env bash
# Issue 18's lead, tried: GraalVM's native-image builder as published in Maven Central (org.graalvm.nativeimage:svm
# 25.0.2 and its dependencies), run on the Temurin 25 JDK here (which has jdk.internal.vm.ci), on a one-class
# program. Prints how far it gets; README "Native executables" says where it stops and why. Works in target/native-attempt.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64}
WORK=target/native-attempt
mkdir -p "$WORK/deps" "$WORK/hello"
cat > "$WORK/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>io.planmonitor</groupId><artifactId>native-attempt</artifactId><version>1</version>
  <dependencies><dependency><groupId>org.graalvm.nativeimage</groupId><artifactId>svm</artifactId>
    <version>25.0.2</version></dependency></dependencies></project>
POM
JAVA_HOME=$JAVA25 ./mvnw -q -B --no-transfer-progress -f "$WORK/pom.xml" dependency:copy-dependencies \
  -DoutputDirectory=deps 2>/dev/null
echo 'public class Hello { public static void main(String[] a) { System.out.println("hello, native"); } }' \
  > "$WORK/hello/Hello.java"
"$JAVA25/bin/javac" -d "$WORK/hello" "$WORK/hello/Hello.java"

# What the native-image launcher (not published in Maven) would pass: the builder's module path with the Graal
# compiler upgrading the JDK's, the JDK internals it opens, and the properties that mark build time.
MODULES=$(ls "$WORK"/deps/*.jar | grep -v '/compiler-' | tr '\n' ':')
READERS=ALL-UNNAMED,org.graalvm.nativeimage.base,org.graalvm.nativeimage.builder,org.graalvm.nativeimage.pointsto
EXPORTS=()
for p in module misc loader reflect access vm util ref platform logger event; do
  EXPORTS+=("--add-exports=java.base/jdk.internal.$p=$READERS")
done
for p in meta code code.site runtime hotspot services common amd64; do
  EXPORTS+=("--add-exports=jdk.internal.vm.ci/jdk.vm.ci.$p=$READERS,jdk.graal.compiler")
done
set +e
"$JAVA25/bin/java" -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI -Xss10m -Xmx4g \
  -Dorg.graalvm.nativeimage.imagecode=buildtime \
  -Djava.system.class.loader=com.oracle.svm.hosted.NativeImageSystemClassLoader \
  -Djdk.internal.lambda.disableEagerInitialization=true "${EXPORTS[@]}" \
  --upgrade-module-path "$(ls "$WORK"/deps/compiler-*.jar)" --module-path "$MODULES" \
  -m org.graalvm.nativeimage.builder/com.oracle.svm.hosted.NativeImageGeneratorRunner \
  -imagecp "$WORK/hello" -H:Class=Hello -H:Name=hello -H:Path="$WORK/out" 2>&1 | grep -v '^\s*at '
echo "native-attempt: builder exited with ${PIPESTATUS[0]}"
