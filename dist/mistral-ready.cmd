@echo off
rem Launches mistral-ready: lib\mistral-ready.jar next to this script, else ..\target\mistral-ready.jar
rem (built with Maven first when missing, as in a fresh source checkout).
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%lib\mistral-ready.jar"
if not exist "%JAR%" set "JAR=%HERE%..\target\mistral-ready.jar"
if exist "%JAR%" goto run
if not exist "%HERE%..\pom.xml" goto missing
echo mistral-ready: building the jar with Maven (once; about a minute on a fresh machine)... 1>&2
pushd "%HERE%.."
set "MAVEN=mvn"
where mvn >nul 2>nul || set "MAVEN=%HERE%..\mvnw.cmd"
call "%MAVEN%" -B -q -ntp -DskipTests package 1>&2
popd
if not exist "%JAR%" goto missing
:run
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %MISTRAL_READY_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
:missing
echo mistral-ready: cannot find mistral-ready.jar (looked in %HERE%lib and ..\target) 1>&2
exit /b 2
