-- wrk script for bench/portal: registers applications through POST /api/v1/agencies/{code}/requests (the intake
-- endpoint a province's unified platform calls) with a personal API token; every 201 is a committed transaction.
-- Set by run.sh through the environment: TOKEN, AGENCY.
local token = os.getenv("TOKEN")
local agency = os.getenv("AGENCY")
local counter = 0

wrk.method = "POST"
wrk.path = "/api/v1/agencies/" .. agency .. "/requests"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token

request = function()
  counter = counter + 1
  local body = '{"channel":"ONLINE","applicant":{"type":"NATURAL_PERSON","name":"压测申请人' .. counter ..
    '","idType":"RESIDENT_ID_CARD","idNumber":"11010519491231002X","phone":"13800000000",' ..
    '"email":"bench@example.com","address":"示例市示例路1号"},' ..
    '"description":"申请公开示例市第1局2025年度预算执行情况及相关文件（第' .. counter .. '件）",' ..
    '"deliveryMethod":"EMAIL"}'
  return wrk.format(nil, nil, nil, body)
end
