#!/bin/bash
# The article's find_links.sh and docker_netns.sh (swarm-overlay-article.zh.txt), with the two
# bugs of docker_netns.sh fixed as the jar fixes them: the namespace name is appended to the
# directory, and nsenter gets the file. Used by the Docker lab test as the reference.
docker_netns() {
  NAMESPACE=$1
  if [[ -z $NAMESPACE ]]; then
    ls -1 /var/run/docker/netns/
    return 0
  fi
  NAMESPACE_FILE=/var/run/docker/netns/$NAMESPACE
  if [[ ! -f $NAMESPACE_FILE ]]; then
    NAMESPACE_FILE=$(docker inspect -f "{{.NetworkSettings.SandboxKey}}" $NAMESPACE 2>/dev/null)
  fi
  if [[ ! -f $NAMESPACE_FILE ]]; then
    echo "Cannot open network namespace '$NAMESPACE': No such file or directory"
    return 1
  fi
  shift
  if [[ $# -lt 1 ]]; then
    echo "No command specified"
    return 1
  fi
  nsenter --net=$NAMESPACE_FILE "$@"
}
IFINDEX=$1
if [[ -z $IFINDEX ]]; then
  for namespace in $(docker_netns); do
    printf "\e[1;31m%s:\e[0m" $namespace
    docker_netns $namespace ip -c -o link
    printf " "
  done
else
  for namespace in $(docker_netns); do
    if docker_netns $namespace ip -c -o link | grep -Pq "^$IFINDEX: "; then
      printf "\e[1;31m%s:\e[0m" $namespace
      docker_netns $namespace ip -c -o link | grep -P "^$IFINDEX: "
      printf " "
    fi
  done
fi
