#!/usr/bin/env bash
# developer helper: rebuild the EAR and redeploy it into the running server
set -e
cd "$(dirname "$0")"
mvn -q -o install -DskipTests -DskipITs -pl persistence,ejb,batch,web,ear -am
cp ear/target/estatedesk.ear liberty/target/liberty/wlp/usr/servers/estatedesk/apps/ear.ear
