# Sourced by bench/http.sh and bench/http_instructions.sh: signs a person up on $BASE, logs in
# and writes 20 journal entries of ~600 characters, so both measure the same /journal page.
# Needs BASE and WORK; sets cookie (the session cookie's value) and csrf.
user="bench$RANDOM"; pass="a quiet bench harbour"
curl -s -o /dev/null -X POST "$BASE/api/v1/signup" -H 'content-type: application/json' \
  -d "{\"username\":\"$user\",\"password\":\"$pass\"}"
login=$(curl -s -c "$WORK/jar" -X POST "$BASE/api/v1/login" -H 'content-type: application/json' \
  -d "{\"username\":\"$user\",\"password\":\"$pass\"}")
csrf=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["csrf_token"])' "$login")
cookie=$(awk '$6=="refuge_session" {print $7}' "$WORK/jar")
text=$(python3 -c 'print(("Today I noticed the critic again and answered it kindly. " * 11)[:600])')
for i in $(seq 1 20); do
  curl -s -o /dev/null -b "refuge_session=$cookie" -H "X-CSRF-Token: $csrf" \
    -H 'content-type: application/json' -X POST "$BASE/api/v1/journal" \
    -d "{\"text\":\"$i. $text\",\"mood\":6,\"tags\":[\"bench\"]}"
done
