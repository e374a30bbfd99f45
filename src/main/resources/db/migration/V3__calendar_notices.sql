-- China's State Council working-day calendar (国务院办公厅关于部分节假日安排的通知), 2019-2026.
--
-- Sources (notice text confirmed for each year; dates checked against the published full text):
--   2019  《国务院办公厅关于2019年部分节假日安排的通知》 国办发明电〔2018〕15号, dated 2018-12-04 (published 2018-12-06)
--         amended by 《国务院办公厅关于调整2019年劳动节假期安排的通知》 国办发明电〔2019〕3号, 2019-03-22
--   2020  《国务院办公厅关于2020年部分节假日安排的通知》 国办发明电〔2019〕16号, 2019-11-21
--         extended by 《国务院办公厅关于延长2020年春节假期的通知》 国办发明电〔2020〕1号, dated 2020-01-26 (published 2020-01-27)
--   2021  《国务院办公厅关于2021年部分节假日安排的通知》 国办发明电〔2020〕27号, 2020-11-25
--   2022  《国务院办公厅关于2022年部分节假日安排的通知》 国办发明电〔2021〕11号, 2021-10-25
--   2023  《国务院办公厅关于2023年部分节假日安排的通知》 国办发明电〔2022〕16号, 2022-12-08
--   2024  《国务院办公厅关于2024年部分节假日安排的通知》 国办发明电〔2023〕7号, 2023-10-25
--   2025  《国务院办公厅关于2025年部分节假日安排的通知》 国办发明电〔2024〕12号, 2024-11-12
--   2026  《国务院办公厅关于2026年部分节假日安排的通知》 国办发明电〔2025〕7号, 2025-11-04
--         (the text is from the Xinhua release, which carries no number; the number is from secondary sources)
--
-- Conventions:
--   * notice_date is the date printed at the foot of the notice (成文日期).
--   * HOLIDAY: every day of a stated holiday period, weekend days inside the period included.
--     Where a notice says only "X月X日放假，与周末连休" (2019 清明/端午/中秋, 2024 元旦/端午), only the named day is
--     recorded: the notice states no period, and the adjoining weekend is an ordinary weekend.
--   * MAKE_UP_WORKDAY: every weekend day the notice declares a working day (上班), named after its holiday.
--   * The final arrangement counts: 2019 劳动节 follows the March 2019 amendment, 2020 春节 the January 2020 extension.
--   * year is the notice year; days from the previous calendar year (2018-12-29..31, 2022-12-31) belong to the next notice.

-- 2019: 《国务院办公厅关于2019年部分节假日安排的通知》 国办发明电〔2018〕15号
insert into calendar_year (year, notice_number, notice_date, notes) values
    (2019, '国办发明电〔2018〕15号', date '2018-12-04', '国办发明电〔2019〕3号（2019-03-22）《国务院办公厅关于调整2019年劳动节假期安排的通知》：劳动节改为5月1日至4日放假调休，共4天，4月28日（星期日）、5月5日（星期日）上班（原通知为5月1日放假1天）。原通知落款日期2018-12-04，中国政府网2018-12-06发布。');
insert into calendar_day (day, year, kind, name) values
    (date '2018-12-29', 2019, 'MAKE_UP_WORKDAY', '元旦'),
    (date '2018-12-30', 2019, 'HOLIDAY', '元旦'),
    (date '2018-12-31', 2019, 'HOLIDAY', '元旦'),
    (date '2019-01-01', 2019, 'HOLIDAY', '元旦'),
    (date '2019-02-02', 2019, 'MAKE_UP_WORKDAY', '春节'),
    (date '2019-02-03', 2019, 'MAKE_UP_WORKDAY', '春节'),
    (date '2019-02-04', 2019, 'HOLIDAY', '春节'),
    (date '2019-02-05', 2019, 'HOLIDAY', '春节'),
    (date '2019-02-06', 2019, 'HOLIDAY', '春节'),
    (date '2019-02-07', 2019, 'HOLIDAY', '春节'),
    (date '2019-02-08', 2019, 'HOLIDAY', '春节'),
    (date '2019-02-09', 2019, 'HOLIDAY', '春节'),
    (date '2019-02-10', 2019, 'HOLIDAY', '春节'),
    (date '2019-04-05', 2019, 'HOLIDAY', '清明节'),
    (date '2019-04-28', 2019, 'MAKE_UP_WORKDAY', '劳动节'),
    (date '2019-05-01', 2019, 'HOLIDAY', '劳动节'),
    (date '2019-05-02', 2019, 'HOLIDAY', '劳动节'),
    (date '2019-05-03', 2019, 'HOLIDAY', '劳动节'),
    (date '2019-05-04', 2019, 'HOLIDAY', '劳动节'),
    (date '2019-05-05', 2019, 'MAKE_UP_WORKDAY', '劳动节'),
    (date '2019-06-07', 2019, 'HOLIDAY', '端午节'),
    (date '2019-09-13', 2019, 'HOLIDAY', '中秋节'),
    (date '2019-09-29', 2019, 'MAKE_UP_WORKDAY', '国庆节'),
    (date '2019-10-01', 2019, 'HOLIDAY', '国庆节'),
    (date '2019-10-02', 2019, 'HOLIDAY', '国庆节'),
    (date '2019-10-03', 2019, 'HOLIDAY', '国庆节'),
    (date '2019-10-04', 2019, 'HOLIDAY', '国庆节'),
    (date '2019-10-05', 2019, 'HOLIDAY', '国庆节'),
    (date '2019-10-06', 2019, 'HOLIDAY', '国庆节'),
    (date '2019-10-07', 2019, 'HOLIDAY', '国庆节'),
    (date '2019-10-12', 2019, 'MAKE_UP_WORKDAY', '国庆节');

-- 2020: 《国务院办公厅关于2020年部分节假日安排的通知》 国办发明电〔2019〕16号
insert into calendar_year (year, notice_number, notice_date, notes) values
    (2020, '国办发明电〔2019〕16号', date '2019-11-21', '国办发明电〔2020〕1号（2020-01-26）延长春节假期至2月2日（农历正月初九，星期日），2月3日起正常上班：原定2月1日（星期六）上班取消，1月31日至2月2日并入春节假期；1月19日（星期日）仍为上班日。');
insert into calendar_day (day, year, kind, name) values
    (date '2020-01-01', 2020, 'HOLIDAY', '元旦'),
    (date '2020-01-19', 2020, 'MAKE_UP_WORKDAY', '春节'),
    (date '2020-01-24', 2020, 'HOLIDAY', '春节'),
    (date '2020-01-25', 2020, 'HOLIDAY', '春节'),
    (date '2020-01-26', 2020, 'HOLIDAY', '春节'),
    (date '2020-01-27', 2020, 'HOLIDAY', '春节'),
    (date '2020-01-28', 2020, 'HOLIDAY', '春节'),
    (date '2020-01-29', 2020, 'HOLIDAY', '春节'),
    (date '2020-01-30', 2020, 'HOLIDAY', '春节'),
    (date '2020-01-31', 2020, 'HOLIDAY', '春节'),
    (date '2020-02-01', 2020, 'HOLIDAY', '春节'),
    (date '2020-02-02', 2020, 'HOLIDAY', '春节'),
    (date '2020-04-04', 2020, 'HOLIDAY', '清明节'),
    (date '2020-04-05', 2020, 'HOLIDAY', '清明节'),
    (date '2020-04-06', 2020, 'HOLIDAY', '清明节'),
    (date '2020-04-26', 2020, 'MAKE_UP_WORKDAY', '劳动节'),
    (date '2020-05-01', 2020, 'HOLIDAY', '劳动节'),
    (date '2020-05-02', 2020, 'HOLIDAY', '劳动节'),
    (date '2020-05-03', 2020, 'HOLIDAY', '劳动节'),
    (date '2020-05-04', 2020, 'HOLIDAY', '劳动节'),
    (date '2020-05-05', 2020, 'HOLIDAY', '劳动节'),
    (date '2020-05-09', 2020, 'MAKE_UP_WORKDAY', '劳动节'),
    (date '2020-06-25', 2020, 'HOLIDAY', '端午节'),
    (date '2020-06-26', 2020, 'HOLIDAY', '端午节'),
    (date '2020-06-27', 2020, 'HOLIDAY', '端午节'),
    (date '2020-06-28', 2020, 'MAKE_UP_WORKDAY', '端午节'),
    (date '2020-09-27', 2020, 'MAKE_UP_WORKDAY', '国庆节、中秋节'),
    (date '2020-10-01', 2020, 'HOLIDAY', '国庆节、中秋节'),
    (date '2020-10-02', 2020, 'HOLIDAY', '国庆节、中秋节'),
    (date '2020-10-03', 2020, 'HOLIDAY', '国庆节、中秋节'),
    (date '2020-10-04', 2020, 'HOLIDAY', '国庆节、中秋节'),
    (date '2020-10-05', 2020, 'HOLIDAY', '国庆节、中秋节'),
    (date '2020-10-06', 2020, 'HOLIDAY', '国庆节、中秋节'),
    (date '2020-10-07', 2020, 'HOLIDAY', '国庆节、中秋节'),
    (date '2020-10-08', 2020, 'HOLIDAY', '国庆节、中秋节'),
    (date '2020-10-10', 2020, 'MAKE_UP_WORKDAY', '国庆节、中秋节');

-- 2021: 《国务院办公厅关于2021年部分节假日安排的通知》 国办发明电〔2020〕27号
insert into calendar_year (year, notice_number, notice_date, notes) values
    (2021, '国办发明电〔2020〕27号', date '2020-11-25', null);
insert into calendar_day (day, year, kind, name) values
    (date '2021-01-01', 2021, 'HOLIDAY', '元旦'),
    (date '2021-01-02', 2021, 'HOLIDAY', '元旦'),
    (date '2021-01-03', 2021, 'HOLIDAY', '元旦'),
    (date '2021-02-07', 2021, 'MAKE_UP_WORKDAY', '春节'),
    (date '2021-02-11', 2021, 'HOLIDAY', '春节'),
    (date '2021-02-12', 2021, 'HOLIDAY', '春节'),
    (date '2021-02-13', 2021, 'HOLIDAY', '春节'),
    (date '2021-02-14', 2021, 'HOLIDAY', '春节'),
    (date '2021-02-15', 2021, 'HOLIDAY', '春节'),
    (date '2021-02-16', 2021, 'HOLIDAY', '春节'),
    (date '2021-02-17', 2021, 'HOLIDAY', '春节'),
    (date '2021-02-20', 2021, 'MAKE_UP_WORKDAY', '春节'),
    (date '2021-04-03', 2021, 'HOLIDAY', '清明节'),
    (date '2021-04-04', 2021, 'HOLIDAY', '清明节'),
    (date '2021-04-05', 2021, 'HOLIDAY', '清明节'),
    (date '2021-04-25', 2021, 'MAKE_UP_WORKDAY', '劳动节'),
    (date '2021-05-01', 2021, 'HOLIDAY', '劳动节'),
    (date '2021-05-02', 2021, 'HOLIDAY', '劳动节'),
    (date '2021-05-03', 2021, 'HOLIDAY', '劳动节'),
    (date '2021-05-04', 2021, 'HOLIDAY', '劳动节'),
    (date '2021-05-05', 2021, 'HOLIDAY', '劳动节'),
    (date '2021-05-08', 2021, 'MAKE_UP_WORKDAY', '劳动节'),
    (date '2021-06-12', 2021, 'HOLIDAY', '端午节'),
    (date '2021-06-13', 2021, 'HOLIDAY', '端午节'),
    (date '2021-06-14', 2021, 'HOLIDAY', '端午节'),
    (date '2021-09-18', 2021, 'MAKE_UP_WORKDAY', '中秋节'),
    (date '2021-09-19', 2021, 'HOLIDAY', '中秋节'),
    (date '2021-09-20', 2021, 'HOLIDAY', '中秋节'),
    (date '2021-09-21', 2021, 'HOLIDAY', '中秋节'),
    (date '2021-09-26', 2021, 'MAKE_UP_WORKDAY', '国庆节'),
    (date '2021-10-01', 2021, 'HOLIDAY', '国庆节'),
    (date '2021-10-02', 2021, 'HOLIDAY', '国庆节'),
    (date '2021-10-03', 2021, 'HOLIDAY', '国庆节'),
    (date '2021-10-04', 2021, 'HOLIDAY', '国庆节'),
    (date '2021-10-05', 2021, 'HOLIDAY', '国庆节'),
    (date '2021-10-06', 2021, 'HOLIDAY', '国庆节'),
    (date '2021-10-07', 2021, 'HOLIDAY', '国庆节'),
    (date '2021-10-09', 2021, 'MAKE_UP_WORKDAY', '国庆节');

-- 2022: 《国务院办公厅关于2022年部分节假日安排的通知》 国办发明电〔2021〕11号
insert into calendar_year (year, notice_number, notice_date, notes) values
    (2022, '国办发明电〔2021〕11号', date '2021-10-25', null);
insert into calendar_day (day, year, kind, name) values
    (date '2022-01-01', 2022, 'HOLIDAY', '元旦'),
    (date '2022-01-02', 2022, 'HOLIDAY', '元旦'),
    (date '2022-01-03', 2022, 'HOLIDAY', '元旦'),
    (date '2022-01-29', 2022, 'MAKE_UP_WORKDAY', '春节'),
    (date '2022-01-30', 2022, 'MAKE_UP_WORKDAY', '春节'),
    (date '2022-01-31', 2022, 'HOLIDAY', '春节'),
    (date '2022-02-01', 2022, 'HOLIDAY', '春节'),
    (date '2022-02-02', 2022, 'HOLIDAY', '春节'),
    (date '2022-02-03', 2022, 'HOLIDAY', '春节'),
    (date '2022-02-04', 2022, 'HOLIDAY', '春节'),
    (date '2022-02-05', 2022, 'HOLIDAY', '春节'),
    (date '2022-02-06', 2022, 'HOLIDAY', '春节'),
    (date '2022-04-02', 2022, 'MAKE_UP_WORKDAY', '清明节'),
    (date '2022-04-03', 2022, 'HOLIDAY', '清明节'),
    (date '2022-04-04', 2022, 'HOLIDAY', '清明节'),
    (date '2022-04-05', 2022, 'HOLIDAY', '清明节'),
    (date '2022-04-24', 2022, 'MAKE_UP_WORKDAY', '劳动节'),
    (date '2022-04-30', 2022, 'HOLIDAY', '劳动节'),
    (date '2022-05-01', 2022, 'HOLIDAY', '劳动节'),
    (date '2022-05-02', 2022, 'HOLIDAY', '劳动节'),
    (date '2022-05-03', 2022, 'HOLIDAY', '劳动节'),
    (date '2022-05-04', 2022, 'HOLIDAY', '劳动节'),
    (date '2022-05-07', 2022, 'MAKE_UP_WORKDAY', '劳动节'),
    (date '2022-06-03', 2022, 'HOLIDAY', '端午节'),
    (date '2022-06-04', 2022, 'HOLIDAY', '端午节'),
    (date '2022-06-05', 2022, 'HOLIDAY', '端午节'),
    (date '2022-09-10', 2022, 'HOLIDAY', '中秋节'),
    (date '2022-09-11', 2022, 'HOLIDAY', '中秋节'),
    (date '2022-09-12', 2022, 'HOLIDAY', '中秋节'),
    (date '2022-10-01', 2022, 'HOLIDAY', '国庆节'),
    (date '2022-10-02', 2022, 'HOLIDAY', '国庆节'),
    (date '2022-10-03', 2022, 'HOLIDAY', '国庆节'),
    (date '2022-10-04', 2022, 'HOLIDAY', '国庆节'),
    (date '2022-10-05', 2022, 'HOLIDAY', '国庆节'),
    (date '2022-10-06', 2022, 'HOLIDAY', '国庆节'),
    (date '2022-10-07', 2022, 'HOLIDAY', '国庆节'),
    (date '2022-10-08', 2022, 'MAKE_UP_WORKDAY', '国庆节'),
    (date '2022-10-09', 2022, 'MAKE_UP_WORKDAY', '国庆节');

-- 2023: 《国务院办公厅关于2023年部分节假日安排的通知》 国办发明电〔2022〕16号
insert into calendar_year (year, notice_number, notice_date, notes) values
    (2023, '国办发明电〔2022〕16号', date '2022-12-08', null);
insert into calendar_day (day, year, kind, name) values
    (date '2022-12-31', 2023, 'HOLIDAY', '元旦'),
    (date '2023-01-01', 2023, 'HOLIDAY', '元旦'),
    (date '2023-01-02', 2023, 'HOLIDAY', '元旦'),
    (date '2023-01-21', 2023, 'HOLIDAY', '春节'),
    (date '2023-01-22', 2023, 'HOLIDAY', '春节'),
    (date '2023-01-23', 2023, 'HOLIDAY', '春节'),
    (date '2023-01-24', 2023, 'HOLIDAY', '春节'),
    (date '2023-01-25', 2023, 'HOLIDAY', '春节'),
    (date '2023-01-26', 2023, 'HOLIDAY', '春节'),
    (date '2023-01-27', 2023, 'HOLIDAY', '春节'),
    (date '2023-01-28', 2023, 'MAKE_UP_WORKDAY', '春节'),
    (date '2023-01-29', 2023, 'MAKE_UP_WORKDAY', '春节'),
    (date '2023-04-05', 2023, 'HOLIDAY', '清明节'),
    (date '2023-04-23', 2023, 'MAKE_UP_WORKDAY', '劳动节'),
    (date '2023-04-29', 2023, 'HOLIDAY', '劳动节'),
    (date '2023-04-30', 2023, 'HOLIDAY', '劳动节'),
    (date '2023-05-01', 2023, 'HOLIDAY', '劳动节'),
    (date '2023-05-02', 2023, 'HOLIDAY', '劳动节'),
    (date '2023-05-03', 2023, 'HOLIDAY', '劳动节'),
    (date '2023-05-06', 2023, 'MAKE_UP_WORKDAY', '劳动节'),
    (date '2023-06-22', 2023, 'HOLIDAY', '端午节'),
    (date '2023-06-23', 2023, 'HOLIDAY', '端午节'),
    (date '2023-06-24', 2023, 'HOLIDAY', '端午节'),
    (date '2023-06-25', 2023, 'MAKE_UP_WORKDAY', '端午节'),
    (date '2023-09-29', 2023, 'HOLIDAY', '中秋节、国庆节'),
    (date '2023-09-30', 2023, 'HOLIDAY', '中秋节、国庆节'),
    (date '2023-10-01', 2023, 'HOLIDAY', '中秋节、国庆节'),
    (date '2023-10-02', 2023, 'HOLIDAY', '中秋节、国庆节'),
    (date '2023-10-03', 2023, 'HOLIDAY', '中秋节、国庆节'),
    (date '2023-10-04', 2023, 'HOLIDAY', '中秋节、国庆节'),
    (date '2023-10-05', 2023, 'HOLIDAY', '中秋节、国庆节'),
    (date '2023-10-06', 2023, 'HOLIDAY', '中秋节、国庆节'),
    (date '2023-10-07', 2023, 'MAKE_UP_WORKDAY', '中秋节、国庆节'),
    (date '2023-10-08', 2023, 'MAKE_UP_WORKDAY', '中秋节、国庆节');

-- 2024: 《国务院办公厅关于2024年部分节假日安排的通知》 国办发明电〔2023〕7号
insert into calendar_year (year, notice_number, notice_date, notes) values
    (2024, '国办发明电〔2023〕7号', date '2023-10-25', null);
insert into calendar_day (day, year, kind, name) values
    (date '2024-01-01', 2024, 'HOLIDAY', '元旦'),
    (date '2024-02-04', 2024, 'MAKE_UP_WORKDAY', '春节'),
    (date '2024-02-10', 2024, 'HOLIDAY', '春节'),
    (date '2024-02-11', 2024, 'HOLIDAY', '春节'),
    (date '2024-02-12', 2024, 'HOLIDAY', '春节'),
    (date '2024-02-13', 2024, 'HOLIDAY', '春节'),
    (date '2024-02-14', 2024, 'HOLIDAY', '春节'),
    (date '2024-02-15', 2024, 'HOLIDAY', '春节'),
    (date '2024-02-16', 2024, 'HOLIDAY', '春节'),
    (date '2024-02-17', 2024, 'HOLIDAY', '春节'),
    (date '2024-02-18', 2024, 'MAKE_UP_WORKDAY', '春节'),
    (date '2024-04-04', 2024, 'HOLIDAY', '清明节'),
    (date '2024-04-05', 2024, 'HOLIDAY', '清明节'),
    (date '2024-04-06', 2024, 'HOLIDAY', '清明节'),
    (date '2024-04-07', 2024, 'MAKE_UP_WORKDAY', '清明节'),
    (date '2024-04-28', 2024, 'MAKE_UP_WORKDAY', '劳动节'),
    (date '2024-05-01', 2024, 'HOLIDAY', '劳动节'),
    (date '2024-05-02', 2024, 'HOLIDAY', '劳动节'),
    (date '2024-05-03', 2024, 'HOLIDAY', '劳动节'),
    (date '2024-05-04', 2024, 'HOLIDAY', '劳动节'),
    (date '2024-05-05', 2024, 'HOLIDAY', '劳动节'),
    (date '2024-05-11', 2024, 'MAKE_UP_WORKDAY', '劳动节'),
    (date '2024-06-10', 2024, 'HOLIDAY', '端午节'),
    (date '2024-09-14', 2024, 'MAKE_UP_WORKDAY', '中秋节'),
    (date '2024-09-15', 2024, 'HOLIDAY', '中秋节'),
    (date '2024-09-16', 2024, 'HOLIDAY', '中秋节'),
    (date '2024-09-17', 2024, 'HOLIDAY', '中秋节'),
    (date '2024-09-29', 2024, 'MAKE_UP_WORKDAY', '国庆节'),
    (date '2024-10-01', 2024, 'HOLIDAY', '国庆节'),
    (date '2024-10-02', 2024, 'HOLIDAY', '国庆节'),
    (date '2024-10-03', 2024, 'HOLIDAY', '国庆节'),
    (date '2024-10-04', 2024, 'HOLIDAY', '国庆节'),
    (date '2024-10-05', 2024, 'HOLIDAY', '国庆节'),
    (date '2024-10-06', 2024, 'HOLIDAY', '国庆节'),
    (date '2024-10-07', 2024, 'HOLIDAY', '国庆节'),
    (date '2024-10-12', 2024, 'MAKE_UP_WORKDAY', '国庆节');

-- 2025: 《国务院办公厅关于2025年部分节假日安排的通知》 国办发明电〔2024〕12号
insert into calendar_year (year, notice_number, notice_date, notes) values
    (2025, '国办发明电〔2024〕12号', date '2024-11-12', null);
insert into calendar_day (day, year, kind, name) values
    (date '2025-01-01', 2025, 'HOLIDAY', '元旦'),
    (date '2025-01-26', 2025, 'MAKE_UP_WORKDAY', '春节'),
    (date '2025-01-28', 2025, 'HOLIDAY', '春节'),
    (date '2025-01-29', 2025, 'HOLIDAY', '春节'),
    (date '2025-01-30', 2025, 'HOLIDAY', '春节'),
    (date '2025-01-31', 2025, 'HOLIDAY', '春节'),
    (date '2025-02-01', 2025, 'HOLIDAY', '春节'),
    (date '2025-02-02', 2025, 'HOLIDAY', '春节'),
    (date '2025-02-03', 2025, 'HOLIDAY', '春节'),
    (date '2025-02-04', 2025, 'HOLIDAY', '春节'),
    (date '2025-02-08', 2025, 'MAKE_UP_WORKDAY', '春节'),
    (date '2025-04-04', 2025, 'HOLIDAY', '清明节'),
    (date '2025-04-05', 2025, 'HOLIDAY', '清明节'),
    (date '2025-04-06', 2025, 'HOLIDAY', '清明节'),
    (date '2025-04-27', 2025, 'MAKE_UP_WORKDAY', '劳动节'),
    (date '2025-05-01', 2025, 'HOLIDAY', '劳动节'),
    (date '2025-05-02', 2025, 'HOLIDAY', '劳动节'),
    (date '2025-05-03', 2025, 'HOLIDAY', '劳动节'),
    (date '2025-05-04', 2025, 'HOLIDAY', '劳动节'),
    (date '2025-05-05', 2025, 'HOLIDAY', '劳动节'),
    (date '2025-05-31', 2025, 'HOLIDAY', '端午节'),
    (date '2025-06-01', 2025, 'HOLIDAY', '端午节'),
    (date '2025-06-02', 2025, 'HOLIDAY', '端午节'),
    (date '2025-09-28', 2025, 'MAKE_UP_WORKDAY', '国庆节、中秋节'),
    (date '2025-10-01', 2025, 'HOLIDAY', '国庆节、中秋节'),
    (date '2025-10-02', 2025, 'HOLIDAY', '国庆节、中秋节'),
    (date '2025-10-03', 2025, 'HOLIDAY', '国庆节、中秋节'),
    (date '2025-10-04', 2025, 'HOLIDAY', '国庆节、中秋节'),
    (date '2025-10-05', 2025, 'HOLIDAY', '国庆节、中秋节'),
    (date '2025-10-06', 2025, 'HOLIDAY', '国庆节、中秋节'),
    (date '2025-10-07', 2025, 'HOLIDAY', '国庆节、中秋节'),
    (date '2025-10-08', 2025, 'HOLIDAY', '国庆节、中秋节'),
    (date '2025-10-11', 2025, 'MAKE_UP_WORKDAY', '国庆节、中秋节');

-- 2026: 《国务院办公厅关于2026年部分节假日安排的通知》 国办发明电〔2025〕7号
insert into calendar_year (year, notice_number, notice_date, notes) values
    (2026, '国办发明电〔2025〕7号', date '2025-11-04', null);
insert into calendar_day (day, year, kind, name) values
    (date '2026-01-01', 2026, 'HOLIDAY', '元旦'),
    (date '2026-01-02', 2026, 'HOLIDAY', '元旦'),
    (date '2026-01-03', 2026, 'HOLIDAY', '元旦'),
    (date '2026-01-04', 2026, 'MAKE_UP_WORKDAY', '元旦'),
    (date '2026-02-14', 2026, 'MAKE_UP_WORKDAY', '春节'),
    (date '2026-02-15', 2026, 'HOLIDAY', '春节'),
    (date '2026-02-16', 2026, 'HOLIDAY', '春节'),
    (date '2026-02-17', 2026, 'HOLIDAY', '春节'),
    (date '2026-02-18', 2026, 'HOLIDAY', '春节'),
    (date '2026-02-19', 2026, 'HOLIDAY', '春节'),
    (date '2026-02-20', 2026, 'HOLIDAY', '春节'),
    (date '2026-02-21', 2026, 'HOLIDAY', '春节'),
    (date '2026-02-22', 2026, 'HOLIDAY', '春节'),
    (date '2026-02-23', 2026, 'HOLIDAY', '春节'),
    (date '2026-02-28', 2026, 'MAKE_UP_WORKDAY', '春节'),
    (date '2026-04-04', 2026, 'HOLIDAY', '清明节'),
    (date '2026-04-05', 2026, 'HOLIDAY', '清明节'),
    (date '2026-04-06', 2026, 'HOLIDAY', '清明节'),
    (date '2026-05-01', 2026, 'HOLIDAY', '劳动节'),
    (date '2026-05-02', 2026, 'HOLIDAY', '劳动节'),
    (date '2026-05-03', 2026, 'HOLIDAY', '劳动节'),
    (date '2026-05-04', 2026, 'HOLIDAY', '劳动节'),
    (date '2026-05-05', 2026, 'HOLIDAY', '劳动节'),
    (date '2026-05-09', 2026, 'MAKE_UP_WORKDAY', '劳动节'),
    (date '2026-06-19', 2026, 'HOLIDAY', '端午节'),
    (date '2026-06-20', 2026, 'HOLIDAY', '端午节'),
    (date '2026-06-21', 2026, 'HOLIDAY', '端午节'),
    (date '2026-09-20', 2026, 'MAKE_UP_WORKDAY', '国庆节'),
    (date '2026-09-25', 2026, 'HOLIDAY', '中秋节'),
    (date '2026-09-26', 2026, 'HOLIDAY', '中秋节'),
    (date '2026-09-27', 2026, 'HOLIDAY', '中秋节'),
    (date '2026-10-01', 2026, 'HOLIDAY', '国庆节'),
    (date '2026-10-02', 2026, 'HOLIDAY', '国庆节'),
    (date '2026-10-03', 2026, 'HOLIDAY', '国庆节'),
    (date '2026-10-04', 2026, 'HOLIDAY', '国庆节'),
    (date '2026-10-05', 2026, 'HOLIDAY', '国庆节'),
    (date '2026-10-06', 2026, 'HOLIDAY', '国庆节'),
    (date '2026-10-07', 2026, 'HOLIDAY', '国庆节'),
    (date '2026-10-10', 2026, 'MAKE_UP_WORKDAY', '国庆节');
