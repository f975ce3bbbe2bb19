-- The load for bench/assessment.sh: each wrk thread holds one connection (run with -t N -c N, so a
-- thread's variables are its connection's) and takes the free assessment over and over, as a browser
-- with htmx does: consent, then five step posts, each sending back the sealed answers the page before
-- carried; the last answers with the result in place. Each assessment comes from its own made-up
-- network address (the app trusts X-Forwarded-For from loopback), as people do.
local SAFETY = "saddle_numbness=no&bladder_bowel=no&leg_weakness=no&both_legs=no&major_trauma=no"
  .. "&fever_unwell=no&cancer_history=no&weight_loss=no&immune_drugs=no&bone_thinning=no&night_pain=no"
  .. "&morning_stiffness=no&age_group=20-to-55&pain_new=no&pregnancy=no&recent_surgery=no&not_improving=no"
local PAIN = "pain_now=4&pain_week=5&pain_where=low-back-middle&pain_where=buttock&pain_leg=no"
  .. "&pain_duration=over-a-year&pain_worse=sitting&pain_worse=standing-long"
local FUNCTION = "fn_socks=a-little&fn_sitting=some&fn_standing=some&fn_walking=none&fn_lifting=a-lot"
  .. "&fn_housework=a-little&fn_bed=none&fn_car=a-little"
local CONTRIBUTORS = "sitting_hours=9&stress=7&sleep=poorly&walking=under-15&check_side_plank=no"
  .. "&check_bridge=yes&check_breathing=no&tried_before=stretching&tried_before=massage&relief_lasted=short"
local GOALS = "goal_1=walking&goal_1_now=4&goal_2=gardening&goal_2_now=2"
local STEPS = { {"safety", SAFETY}, {"pain", PAIN}, {"function", FUNCTION}, {"contributors", CONTRIBUTORS}, {"goals", GOALS} }

local threads = {}
function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

local stage, token, address, origin, state
completed, failed = 0, 0

function init(args)
  math.randomseed(id * 7919 + os.time())
  origin = "http://" .. wrk.host .. ":" .. wrk.port
  stage = 0
end

local function post(path, body)
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Origin"] = origin, ["HX-Request"] = "true", ["X-Forwarded-For"] = address }, body)
end

function request()
  if stage == 0 then
    address = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254)
    return post("/assessment", "consent=yes&source=%2Fblog%2Fbench")
  elseif stage <= #STEPS then
    return post("/assessment/" .. token .. "/" .. STEPS[stage][1], "state=" .. state .. "&" .. STEPS[stage][2])
  end
end

function response(status, headers, body)
  if status ~= 200 then
    failed = failed + 1; stage = 0; return
  end
  if stage < #STEPS then
    local pushed = headers["HX-Push-Url"]
    state = string.match(body, 'name="state" value="([^"]+)"')
    if not pushed or not state then failed = failed + 1; stage = 0; return end
    token = string.match(pushed, "^/assessment/([^/]+)/")
    stage = stage + 1
  else
    if string.find(body, "Your starting level", 1, true) then completed = completed + 1 else failed = failed + 1 end
    stage = 0
  end
end

-- Prints: completed, per second, p50 and p99 of one request (ms), failed, requests.
function done(summary, latency, requests)
  local c, f = 0, 0
  for _, t in ipairs(threads) do c = c + t:get("completed"); f = f + t:get("failed") end
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT %d %.1f %.1f %.1f %d %d\n", c, c / seconds, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, f, summary.requests))
end
