"""Figures in the forms news writes them, each with value, approximation, unit and what is counted.

Every sentence here was written for these tests. ``what`` is checked for the words it must
hold (the counted noun, the predicate), since its exact wording follows the parse.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

import claimledger
from claimledger.claims import extract_claims_many
from claimledger.model import Claim, Document

# (sentence, the claim's words, value, approx, unit, words `what` must hold or None to skip)
CASES: list[tuple[str, str, object, str, str | None, tuple[str, ...] | None]] = [
    # a span a figure grew over gives no unit to the figure it grew to
    ("The number of wild tigers has grown by 24 percent in four years to 3,682.", "3,682", 3682, "exact", None, None),
    # digits and separators
    ("Over 1,23,456 people were evacuated.", "Over 1,23,456", 123456, "more_than", None, None),  # lakhs
    ("Inflation rose to 3,5 % in March.", "3,5 %", 3.5, "exact", "percent", None),  # a decimal comma
    ("A total of 1.234 people were arrested.", "1.234", 1234, "exact", None, None),  # thousands in dots
    ("Some 12.000 soldiers were deployed.", "Some 12.000", 12000, "about", None, None),
    ("The bond pays a 2.125% coupon.", "2.125%", 2.125, "exact", "percent", None),
    ("Petrol costs $2.45 a litre from Saturday, up 12c.", "12c", 12, "exact", "cent", None),  # cents glued to the figure
    ("The dollar index was up at 96.088 on Friday.", "96.088", 96.088, "exact", None, None),
    ("Some 613 individuals were killed in the attack.", "Some 613", 613, "about", None, ("individuals", "killed")),
    ("Officials said 1,275 people were taken hostage.", "1,275", 1275, "exact", None, ("people", "taken hostage")),
    ("The town had 5,379 residents before the war.", "5,379", 5379, "exact", None, ("residents",)),
    ("Police arrested 12 protesters on Sunday.", "12", 12, "exact", None, ("protesters", "arrested")),
    ("A total of 487 people were injured.", "487", 487, "exact", None, ("people", "injured")),
    ("The index closed at 27,349.19 on Friday.", "27,349.19", 27349.19, "exact", None, None),
    ("The agency counted 10 000 displaced families.", "10 000", 10000, "exact", None, None),
    ("Inflation reached 7.5 percent in the spring.", "7.5 percent", 7.5, "exact", "percent", None),
    ("At least 40 civilians died in the shelling.", "At least 40", 40, "at_least", None, ("civilians", "died")),
    ("More than 7,000 people lived in the town.", "More than 7,000", 7000, "more_than", None, ("people", "lived")),
    ("Nearly 300 houses were destroyed.", "Nearly 300", 300, "about", None, ("houses", "destroyed")),
    ("Almost 90 villages lost power overnight.", "Almost 90", 90, "about", None, ("villages", "lost")),
    ("Around 2,000 soldiers were deployed to the region.", "Around 2,000", 2000, "about", None, ("soldiers", "deployed")),
    ("Roughly 150 journalists attended the briefing.", "Roughly 150", 150, "about", None, ("journalists", "attended")),
    ("Approximately 60 children were evacuated.", "Approximately 60", 60, "about", None, ("children", "evacuated")),
    ("Over 500 refugees crossed the border.", "Over 500", 500, "more_than", None, ("refugees", "crossed")),
    ("Up to 30 people may be trapped under the rubble.", "Up to 30", 30, "at_most", None, ("people", "trapped")),
    ("Fewer than 20 families returned home.", "Fewer than 20", 20, "less_than", None, ("families", "returned")),
    ("Less than 5 percent of the ballots were counted.", "Less than 5 percent", 5, "less_than", "percent", None),
    ("No fewer than 14 ships were damaged.", "No fewer than 14", 14, "at_least", None, ("ships", "damaged")),
    ("As many as 70 elderly people were killed.", "As many as 70", 70, "at_most", None, ("elderly people", "killed")),
    ("An estimated 3,400 workers lost their jobs.", "An estimated 3,400", 3400, "about", None, ("workers", "lost")),
    ("The fire destroyed some 45 hectares of forest.", "some 45 hectares", 45, "about", "hectare", None),
    ("Close to 800 students signed the petition.", "Close to 800", 800, "about", None, ("students", "signed")),
    ("In excess of 1,000 complaints were filed.", "In excess of 1,000", 1000, "more_than", None, ("complaints", "filed")),
    ("The death toll climbed past 100 on Friday.", "past 100", 100, "more_than", None, None),
    ("In the past 10 years the town grew.", "10 years", 10, "exact", "year", None),  # no hedge: the time before now
    ("Exports rose to $4.1 billion in December.", "$4.1 billion", 4100000000, "exact", "USD", None),
    # hedges after the figure
    ("Shootings in which four or more people died were counted.", "four", 4, "at_least", None, ("people", "died")),
    ("Fines of $5 million or more were imposed on the firms.", "$5 million", 5_000_000, "at_least", "USD", None),
    ("Villages of 300 or fewer residents lost their clinics.", "300", 300, "at_most", None, ("residents",)),
    ("The storm flattened 20 or so homes along the coast.", "20", 20, "about", None, ("homes",)),
    # number words
    ("Fifteen countries adopted resolutions.", "Fifteen", 15, "exact", None, ("countries", "adopted")),
    ("The parliaments of fifteen countries voted on it.", "fifteen", 15, "exact", None, ("countries",)),
    ("Twenty two states passed the measure.", "Twenty two", 22, "exact", None, ("states", "passed")),
    ("Twenty-seven miners were rescued.", "Twenty-seven", 27, "exact", None, ("miners", "rescued")),
    ("There were no survivors among the eight families.", "eight", 8, "exact", None, ("families",)),
    ("Eleven people were arrested after the match.", "Eleven", 11, "exact", None, ("people", "arrested")),
    ("The court heard testimony from thirty witnesses.", "thirty", 30, "exact", None, ("witnesses",)),
    ("One hundred and five delegates voted in favour.", "One hundred and five", 105, "exact", None, ("delegates", "voted")),
    ("A dozen reporters were detained.", "A dozen", 12, "exact", None, ("reporters", "detained")),
    ("They found three bodies near the river.", "three", 3, "exact", None, ("bodies", "found")),
    ("Forty-two buses were sent to the border.", "Forty-two", 42, "exact", None, ("buses", "sent")),
    ("The convoy carried ninety tonnes of flour.", "ninety tonnes", 90, "exact", "tonne", None),
    ("Two people were hurt in the blast.", "Two", 2, "exact", None, ("people", "hurt")),
    ("The company hired a hundred engineers.", "a hundred", 100, "exact", None, ("engineers", "hired")),
    ("Nine of the injured were children.", "Nine", 9, "exact", None, None),
    ("She is one of the longest-serving ministers.", "one", 1, "exact", None, None),
    # scaled forms and money
    ("The project will cost 1.5 million dollars.", "1.5 million dollars", 1_500_000, "exact", "USD", None),
    ("The deal is worth $40bn over ten years.", "$40bn", 40_000_000_000, "exact", "USD", None),
    ("Revenue rose to 2.7bn euros last year.", "2.7bn euros", 2_700_000_000, "exact", "EUR", None),
    ("The fund holds $3.2 trillion in assets.", "$3.2 trillion", 3_200_000_000_000, "exact", "USD", None),
    ("The fine was €250,000.", "€250,000", 250_000, "exact", "EUR", None),
    ("Tickets cost £45 each.", "£45", 45, "exact", "GBP", None),
    ("The city spent US$12 million on repairs.", "US$12 million", 12_000_000, "exact", "USD", None),
    # a currency symbol a space before its figure
    ("The bank lent US$ 5 million to the city.", "US$ 5 million", 5_000_000, "exact", "USD", None),
    ("The federal government released R$ 50 million for emergency aid.", "R$ 50 million", 50_000_000, "exact", "BRL", None),
    ("The bank lent 300 million manat to farmers.", "300 million manat", 300_000_000, "exact", "AZN", None),
    ("About 4 million people live in the capital.", "About 4 million", 4_000_000, "about", None, ("people", "live")),
    ("The app has 35m users in Europe.", "35m", 35_000_000, "exact", None, ("users",)),
    ("The government pledged ₹5,000 crore for relief.", "₹5,000 crore", 50_000_000_000, "exact", "INR", None),
    ("Some 2.5 million barrels of oil were spilled.", "Some 2.5 million barrels", 2_500_000, "about", "barrel", None),
    ("The minister announced a $700 million aid package.", "$700 million", 700_000_000, "exact", "USD", None),
    ("Losses reached 1.2 billion roubles.", "1.2 billion roubles", 1_200_000_000, "exact", "RUB", None),
    ("Rents rose 12 per cent in a year.", "12 per cent", 12, "exact", "percent", None),
    ("Turnout was 64% in the north.", "64%", 64, "exact", "percent", None),
    ("Support fell 3 percentage points.", "3 percentage points", 3, "exact", "percentage_point", None),
    ("Prices fell by 2.4pc in March.", "2.4pc", 2.4, "exact", "percent", None),
    ("The shares closed at 164p.", "164p", 164, "exact", "pence", None),
    # units
    ("The convoy travelled 120 km to the front.", "120 km", 120, "exact", "km", None),
    ("The storm brought winds of 155mph.", "155mph", 155, "exact", "mph", None),
    ("The wall is 3 metres high.", "3 metres", 3, "exact", "m", None),
    ("The dam is 37m tall.", "37m", 37, "exact", "m", None),
    ("The trucks carried 40 tonnes of grain.", "40 tonnes", 40, "exact", "tonne", None),
    ("The lake covers 12 square kilometres.", "12 square kilometres", 12, "exact", "km2", None),
    ("The pipeline is 1,800 miles long.", "1,800 miles", 1800, "exact", "mile", None),
    ("Temperatures reached 45 degrees Celsius.", "45 degrees Celsius", 45, "exact", "celsius", None),
    ("The plant produces 600 MW of power.", "600 MW", 600, "exact", "MW", None),
    ("The siege lasted 18 months.", "18 months", 18, "exact", "month", None),
    ("He was held for 40 days.", "40 days", 40, "exact", "day", None),
    ("Talks went on for more than 30 years.", "more than 30 years", 30, "more_than", "year", None),
    ("A 35-year-old man was detained.", "35-year-old", 35, "exact", "year_of_age", None),
    ("The baby is 18 months old.", "18 months old", 18, "exact", "month_of_age", None),
    ("The reservoir held 14 million cubic metres of water.", "14 million cubic metres", 14_000_000, "exact", "m3", None),
    ("The tank holds 500 litres.", "500 litres", 500, "exact", "litre", None),
    ("The phone has 64GB of storage.", "64GB", 64, "exact", "GB", None),
    ("The quake struck at a depth of 10 kilometers.", "10 kilometers", 10, "exact", "km", None),
    # a temperature's scale glued to the figure, or written out
    ("Temperatures hit 41.2C in Corran on Monday.", "41.2C", 41.2, "exact", "celsius", None),
    ("The town hit a scorching 106F on Monday.", "106F", 106, "exact", "fahrenheit", None),
    ("It reached 41.2 degrees Celsius (106.2 degrees Fahrenheit).", "106.2 degrees Fahrenheit", 106.2, "exact",
     "fahrenheit", None),
    ("The team scored 3 points in the final minute.", "3 points", 3, "exact", "point", None),
    # rates: a unit per another unit or per countable thing
    ("Brent crude traded at $82 a barrel on Monday.", "$82 a barrel", 82, "exact", "USD/barrel", None),
    ("The board declared a dividend of 40 cents per share.", "40 cents per share", 40, "exact", "cent/share", None),
    ("The refinery processes 1.2 million barrels a day.", "1.2 million barrels a day", 1_200_000, "exact",
     "barrel/day", None),
    ("The pipeline carries 300,000 bpd of crude.", "300,000 bpd", 300_000, "exact", "barrel/day", None),
    ("The basic plan costs $14.95 a month.", "$14.95 a month", 14.95, "exact", "USD/month", None),
    ("Office space rents for about $70 per square foot.", "about $70 per square foot", 70, "about", "USD/ft2", None),
    ("Sea levels are rising 3.3 millimetres a year.", "3.3 millimetres a year", 3.3, "exact", "mm/year", None),
    ("Health spending reached €4,500 per capita.", "€4,500 per capita", 4500, "exact", "EUR/capita", None),
    ("Petrol averaged $2.11 per gallon last spring.", "$2.11 per gallon", 2.11, "exact", "USD/gallon", None),
    ("Shares closed at $41 a year ago.", "$41", 41, "exact", "USD", None),
    ("The fine was raised to £500 each time.", "£500", 500, "exact", "GBP", None),
    ("The central bank raised rates by 25 basis points.", "25 basis points", 25, "exact", "basis_point", None),
    ("Spreads widened 40bp on the day.", "40bp", 40, "exact", "basis_point", None),
    ("Add 250g of flour to the bowl.", "250g", 250, "exact", "g", None),
    ("Greenland lost about 270 gigatonnes of ice a year.", "about 270 gigatonnes", 270, "about", "Gt", None),
    ("The plant ships 40,000 tons of steel.", "40,000 tons", 40_000, "exact", "ton", None),
    ("The mill ground 12,000 tonnes of wheat.", "12,000 tonnes", 12_000, "exact", "tonne", None),
    ("The fibres are 2.4 μm wide.", "2.4 μm", 2.4, "exact", "μm", None),
    ("The engine makes 275 pound-feet of torque.", "275 pound-feet", 275, "exact", "pound-foot", None),
    ("He averaged 15.3 ppg last season.", "15.3 ppg", 15.3, "exact", "point/game", None),
    ("The engine delivers 240 Nm of torque.", "240 Nm", 240, "exact", "Nm", None),
    ("The chip is made on a 5 nm process.", "5 nm", 5, "exact", "nm", None),
    ("The 1.6 litre engine is tuned to 182 PS.", "182 PS", 182, "exact", "horsepower", None),
    ("The cars reached about 80 m.p.h. on the straight.", "about 80 m.p.h.", 80, "about", "mph", None),
    ("Maria Keller, 44, runs the shelter.", "44", 44, "exact", "year_of_age", None),
    ("Shawn Johnson, Jr., 21, received a gunshot wound to the torso.", "21", 21, "exact", "year_of_age", None),
    ("The pilot, Tom Reyes, 52, landed safely.", "52", 52, "exact", "year_of_age", None),
    ("Okafor, 61, has coached the side since 2019.", "61", 61, "exact", "year_of_age", None),
    ('His father, Joe "Duke" Robertson, 37, was found dead.', "37", 37, "exact", "year_of_age", None),
    ("The dead were named as Tom Lee, 22, and Jo Park, 24.", "24", 24, "exact", "year_of_age", None),
    ("Rosa Vidal, 79 (building manager, killed in the hallway)", "79", 79, "exact", "year_of_age", None),
    ("Carl B Moss Jr., 32, was shot by officers.", "32", 32, "exact", "year_of_age", None),
    ("Teen boy, 15, shot outside a diner", "15", 15, "exact", "year_of_age", None),
    ("Three other men, ages 25, 26, and 33, were injured.", "33", 33, "exact", "year_of_age", None),
    ("The victims, ages 19, 21 and 40, were taken to hospitals.", "40", 40, "exact", "year_of_age", None),
    ("8 yo girl hurt by gunfire off the highway.", "8", 8, "exact", "year_of_age", None),
    ("He is charged with killing Jihad, 17, on Feb. 21.", "17", 17, "exact", "year_of_age", None),
    ("Officials name suspect, 17, held after the raid", "17", 17, "exact", "year_of_age", None),
    ("However, 45, not 50, seats were filled.", "45", 45, "exact", None, None),
    ("The girl, who was 9, was found unharmed.", "9", 9, "exact", "year_of_age", None),
    ("She turned 40 in May, a week before the vote.", "40", 40, "exact", "year_of_age", None),
    ("The vaccine is offered to anyone over the age of 12.", "12", 12, "exact", "year_of_age", None),
    ("Residents aged 65 or older were moved first.", "65", 65, "exact", "year_of_age", None),
    ("Two teenagers, one 16 and the other 17, were hurt in the crash.", "17", 17, "exact", "year_of_age", None),
    ("Two teenagers, one 16 and the other 17, were hurt in the crash.", "16", 16, "exact", "year_of_age", None),
    ("Three victims, two females, 28 and 27, and a man were treated.", "27", 27, "exact", "year_of_age", None),
    ("Two juveniles, 15 and 16, were arrested at the mall.", "16", 16, "exact", "year_of_age", None),
    ("The ball landed 40 yds short of the green.", "40 yds", 40, "exact", "yard", None),
    ("Deaths of children under the age of 5 years fell.", "5 years", 5, "exact", "year_of_age", None),
    ("The incumbent was 3 points ahead in the last poll.", "3 points", 3, "exact", "point", None),
    ("Diesel sold at $4/gallon in the valley.", "$4/gallon", 4, "exact", "USD/gallon", None),
    ("In Lisbon, 12, in Porto, 9, were hurt.", "12", 12, "exact", None, None),  # a place, not a person
    ("Floods hit towns near Lisbon, 12, and Porto, 9, this week.", "12", 12, "exact", None, None),
    # ranges
    ("Between 2 and 3 million people fled.", "Between 2 and 3 million", (2_000_000, 3_000_000), "range", None, None),
    ("There are four to five thousand people in the camp.", "four to five thousand", (4000, 5000), "range", None, None),
    ("Homes cost from $750,000 to $1 million.", "from $750,000 to $1 million", (750_000, 1_000_000), "range", "USD", None),
    ("Growth will be 5% to 10% next year.", "5% to 10%", (5, 10), "range", "percent", None),
    ("The work takes 10-12 weeks.", "10-12 weeks", (10, 12), "range", "week", None),
    ("Between 15 and 20 percent of the crop was lost.", "Between 15 and 20 percent", (15, 20), "range", "percent", None),
    ("He weighed from 208 pounds to 193 pounds.", "from 208 pounds to 193 pounds", (208, 193), "range", "pound", None),
    ("Prices range from 1 to 1.5 per cent.", "from 1 to 1.5 per cent", (1, 1.5), "range", "percent", None),
    ("Talks could take one to two years.", "one to two years", (1, 2), "range", "year", None),
    ("Each shift lasts 8–10 hours.", "8–10 hours", (8, 10), "range", "hour", None),
    # not ranges
    ("It costs about 8 or 9 euros.", "about 8", 8, "about", "EUR", None),
    ("It costs about 8 or $9.", "about 8", 8, "about", "USD", None),
    ("Three or four people were hurt.", "Three", 3, "exact", None, ("people",)),
    ("The deficit grew by $43.6 billion to $419.2 billion.", "$43.6 billion", 43_600_000_000, "exact", "USD", None),
    ("Shares rose 0.4 per cent to 13176 points.", "0.4 per cent", 0.4, "exact", "percent", None),
    # vague amounts
    ("Hundreds of people gathered in the square.", "Hundreds", (100, 1000), "vague", None, ("people", "gathered")),
    ("Thousands of residents fled the city.", "Thousands", (1000, 10000), "vague", None, ("residents", "fled")),
    ("Dozens of homes were damaged.", "Dozens", (12, 120), "vague", None, ("homes", "damaged")),
    ("Tens of thousands of people marched.", "Tens of thousands", (10_000, 100_000), "vague", None, ("people", "marched")),
    ("Hundreds of thousands of people signed the appeal.", "Hundreds of thousands", (100_000, 1_000_000), "vague", None, None),
    ("Millions of viewers watched the debate.", "Millions", (1_000_000, 10_000_000), "vague", None, ("viewers", "watched")),
    ("Several hundred soldiers were sent.", "Several hundred", (200, 1000), "vague", None, None),
    # negatives, fractions, multiples
    ("The index fell -1.3% on Monday.", "-1.3%", -1.3, "exact", "percent", None),
    ("Temperatures dropped to minus 20 degrees Celsius.", "minus 20 degrees Celsius", -20, "exact", "celsius", None),
    ("A third of the population lives in the capital.", "A third", 1 / 3, "exact", "share", None),
    ("Almost half of the votes were counted.", "Almost half", 0.5, "about", "share", None),
    ("Two-thirds of the budget goes to defence.", "Two-thirds", 2 / 3, "exact", "share", None),
    ("Revenue grew sixfold in a decade.", "sixfold", 6, "exact", "fold", None),
    ("The sun's mass is approximately 1.99×10³⁰ kilograms.", "approximately 1.99×10³⁰ kilograms", 1.99e30,
     "about", "kg", None),
    ("The virus measures 1.2 × 10−7 metres across.", "1.2 × 10−7 metres", 1.2e-7, "exact", "m", None),
    ("Light travels at 3 x 10^8 m/s in a vacuum.", "3 x 10^8 m/s", 3e8, "exact", "m/s", None),
    ("A mole holds 6.02 × 10²³ particles.", "6.02 × 10²³", 6.02e23, "exact", None, None),
    ("The room measures 5 x 10 metres.", "10 metres", 10, "exact", "m", None),
    ("One in five children lives in poverty, the survey found.", "One in five", 0.2, "exact", "share", ("children",)),
    ("Only 1 in every 4 voters turned out.", "1 in every 4", 0.25, "exact", "share", None),
    ("One out of three renters has fallen behind.", "One out of three", 1 / 3, "exact", "share", None),
    ("The striker scored 2 in 10 minutes.", "2", 2, "exact", None, None),
    ("The recipe needs 1/2 cup of sugar.", "1/2", 0.5, "exact", "share", None),
    ("Half of the 40 hostages were freed on Sunday.", "Half", 0.5, "exact", "share", None),
    # a fraction of a unit of measure is in that unit
    ("The meeting ran half an hour late.", "half", 0.5, "exact", "hour", None),
    ("The recipe requires 1/2 pound of chocolate chips.", "1/2", 0.5, "exact", "pound", None),
    ("The convoy was stopped a third of a mile from the border.", "a third", 1 / 3, "exact", "mile", None),
    ("Rates rose by half a percent in March.", "half", 0.5, "exact", "percent", None),
    # a fraction of a scale word is a count or an amount
    ("Half a million people fled the region.", "Half a million", 500_000, "exact", None, ("people", "fled")),
    ("Half a dozen soldiers were wounded.", "Half a dozen", 6, "exact", None, ("soldiers",)),
    ("Nearly half a billion dollars was spent.", "Nearly half a billion dollars", 500_000_000, "about", "USD", None),
    ("A quarter of a million homes lost power.", "A quarter of a million", 250_000, "exact", None, ("homes",)),
    ("The field pumps about half a million barrels a day.", "about half a million barrels a day", 500_000, "about",
     "barrel/day", None),
    # prime marks for feet and inches
    ("The guitar's neck is 25.5″ from nut to saddle.", "25.5″", 25.5, "exact", "inch", None),
    ("The wall stands 12′ high after the repairs.", "12′", 12, "exact", "foot", None),
    # a bare figure answering an earlier one takes its unit; a conversion in brackets does not lend it
    ("The highest forecast is 84.75 cents, while the lowest is 74.07.", "74.07", 74.07, "exact", "cent", None),
    ("The index rose 64.06 points to 4,577.10 on Friday.", "4,577.10", 4577.10, "exact", "point", None),
    ("Bond yields rose 2 percent in Paris and by 1 in Madrid.", "1", 1, "exact", "percent", None),
    ("Sales will grow 54 percent to 3.9 million headsets, up from 2.4 million in 2017.", "2.4 million", 2_400_000,
     "exact", None, None),
    ("The reservoir holds 14 million cubic metres, down from 16 million a year ago.", "16 million", 16_000_000,
     "exact", "m3", None),
    ("The saloon costs 2,435,000 yen ($22,480) with leather seats and 2,380,000 ($21,972) without.", "2,380,000",
     2_380_000,
     "exact", "JPY", None),
    ("The index closed at 1,463.87 points, while the broader index climbed 0.1% to 1,333.18.", "1,333.18", 1333.18,
     "exact", "point", None),
    ("Turnover was 1.23 billion shekels on the day.", "1.23 billion shekels", 1_230_000_000, "exact", "ILS", None),
    ("The car costs $30,000 and seats 5.", "5", 5, "exact", None, None),
    ("The fund lost $2 billion and 300 jobs went with it.", "300", 300, "exact", None, ("jobs",)),
    ("About 5% of 300 residents voted.", "300", 300, "exact", None, ("residents",)),
    ("The storm killed 57 people and injured 3.", "3", 3, "exact", None, ("people", "injured")),
    ("The army said 20 soldiers died and 35 were wounded.", "35", 35, "exact", None, ("soldiers", "wounded")),
    ("A total of 130 children lost a parent, and 25 lost both.", "25", 25, "exact", None, ("children", "lost")),
    # a currency's code or sign after the amount; pressure, speed at sea
    ("The rate stood at 110 JPY to 1 USD on Monday.", "110 JPY", 110, "exact", "JPY", None),
    ("The rate stood at 110 JPY to 1 USD on Monday.", "1 USD", 1, "exact", "USD", None),
    ("He paid 1,200€ for a second-hand laptop.", "1,200€", 1200, "exact", "EUR", None),
    ("The fine was raised to 5,000 CHF last year.", "5,000 CHF", 5000, "exact", "CHF", None),
    ("The beam failed at 61.4 MPa in the test.", "61.4 MPa", 61.4, "exact", "MPa", None),
    ("The ferry crossed at 18 knots despite the swell.", "18 knots", 18, "exact", "knot", None),
    ("The plan costs 8.99 Australian dollars per month.", "8.99 Australian dollars per month", 8.99, "exact",
     "AUD/month", None),
    ("Fees rise to NZ $99 per year.", "NZ $99 per year", 99, "exact", "NZD/year", None),
    ("A $5 fee applies to every ticket.", "$5", 5, "exact", "USD", None),
    ("The regulator imposed a fine of 7.5 million Danish crowns.", "7.5 million Danish crowns", 7_500_000, "exact",
     "DKK", None),
    ("Trucks may not exceed 80 km/hr on the bridge.", "80 km/hr", 80, "exact", "km/h", None),
    ("Flu cases pass 1,000 in the north", "pass 1,000", 1000, "more_than", None, None),  # a headline's threshold
    ("Deaths tops 500 after the storm", "tops 500", 500, "more_than", None, None),
    ("The maker delivered 27000 Model Y cars in the quarter.", "27000", 27000, "exact", None, None),
    ("The tablet ships with a 5 W charger.", "5 W", 5, "exact", "watt", None),
    # the words between the number and the noun that say which kind, spaced as written
    ("As many as 14 first-team players left the club.", "As many as 14", 14, "at_most", None, ("first-team players",)),
    ("She won four FA Cup finals with the club.", "four", 4, "exact", None, ("FA Cup finals",)),
    ("The plan closes 20 coal-fired power plants by 2030.", "20", 20, "exact", None, ("coal-fired power plants",)),
    # what "one of the ..." counts; words before a number qualify the number, not what it counts
    ("It was one of the deadliest floods in the province.", "one", 1, "exact", None, ("floods",)),
    ("The two projects will deliver a combined 800 homes next year.", "800", 800, "exact", None, ("homes",)),
    # box-score averages and ratings, kilovolts, British thermal units, brake horsepower
    ("The guard averaged 18.2 ppg and 6.1 rpg last season.", "6.1 rpg", 6.1, "exact", "rebound/game", None),
    ("Her backup added 4.4 apg off the bench.", "4.4 apg", 4.4, "exact", "assist/game", None),
    ("Their best reliever was worth 1.2 WAR.", "1.2 WAR", 1.2, "exact", "WAR", None),
    ("The line carries 400 kV between the two plants.", "400 kV", 400, "exact", "kV", None),
    ("Breakdown began in fields above 30 kV/cm in the test.", "above 30 kV/cm", 30, "more_than", "kV/cm", None),
    ("Spot gas settled at $3.10 per mmBTU on Monday.", "$3.10 per mmBTU", 3.1, "exact", "USD/mmBTU", None),
    ("The tuned engine makes 710bhp at the crank.", "710bhp", 710, "exact", "bhp", None),
    ("The buyer offered C $4.50 a share for the miner.", "C $4.50 a share", 4.5, "exact", "CAD/share", None),
    # a number before a singular kind word counts that word: "a 12 page report" has 12 pages
    ("Investigators released a 40 page report on Friday.", "40", 40, "exact", None, ("page",)),
    ("The hatchback uses a 3 cylinder engine to save fuel.", "3", 3, "exact", None, ("cylinder",)),
    ("The city bought six million 500ml bottles of water.", "six million", 6_000_000, "exact", None, ("bottles",)),
    # suspended hyphens: the number takes the unit and noun of the one that completes it
    ("Buyers choose a 10- or 12-inch display.", "10", 10, "exact", "inch", None),
    ("Buyers can pick two-, three- and four-door models.", "three", 3, "exact", None, ("door",)),
    ("The range has four-, five- and six-cylinder engines.", "five", 5, "exact", None, ("cylinder",)),
    ("Twenty-one people and one hundred and five guests came.", "one hundred and five", 105, "exact", None, ("guests",)),
    # multiples of another figure, and counts in a stretch of time
    ("The bank trades at 9.5 times earnings.", "9.5 times", 9.5, "exact", "fold", None),
    ("Sales were more than three times the level of 2019.", "more than three times", 3, "more_than", "fold", None),
    ("Exports grew five times as fast as imports.", "five times", 5, "exact", "fold", None),
    ("The lab now runs 4,000 tests a day.", "4,000", 4000, "exact", "/day", ("tests",)),
    ("The heart beats about 70 times a minute at rest.", "about 70", 70, "about", "/minute", None),
    ("The deficit widened to $-12.5bn in March.", "$-12.5bn", -12_500_000_000, "exact", "USD", None),
    ("Half the flats have been sold.", "Half", 0.5, "exact", "share", ("flats",)),
    # a rate past a converted amount, an index level in the points it moved, a kind of unit
    ("The bid of C$6 (US$4.46) per share was accepted.", "C$6", 6, "exact", "CAD/share", None),
    ("Rents of 900 euros ($1,000) a month are common.", "$1,000", 1000, "exact", "USD/month", None),
    ("The index closed at 16,369.03, up 58.06 points.", "16,369.03", 16369.03, "exact", "point", None),
    ("The defense gave up 517 rushing yards on Friday.", "517 rushing yards", 517, "exact", "yard", None),
    ("Payment is due within five working days.", "five working days", 5, "exact", "day", None),
    ("Oil rose to $80 (up 2%) a barrel on Monday.", "2%", 2, "exact", "percent", None),
    ("He scored 20 during years of work.", "20", 20, "exact", None, None),
    ("The launches offer 435 homes by open sale and 187 by tender.", "187", 187, "exact", None, ("homes",)),
    ("Shipments grew 60% to 3.9 million headsets, up from 2.4 million in 2017.", "2.4 million", 2_400_000, "exact",
     None, ("headsets",)),
    ("The firm is going from 1,000 staff to 2,000 this year.", "2,000", 2000, "exact", None, ("staff",)),
    # parts of a total
    ("613 individuals were killed, including 106 women and 63 children.", "106", 106, "exact", None, ("women", "killed")),
    ("613 civilians, including 106 women, 63 children, and 70 elderly people, were killed.", "63", 63, "exact", None, ("children", "killed")),
    ("More than 6 million homes including 1.5 million in the capital lost power.", "1.5 million", 1_500_000, "exact",
     None, ("homes", "lost")),
]

# Numbers that must not become figures: (sentence, the words that must not be claimed)
NOT_FIGURES: list[tuple[str, str]] = [
    # a number to call or text
    ("Call 311 for help.", "311"),
    ("Dial 999 in an emergency.", "999"),
    ("Text HOME to 741741 to reach a counsellor.", "741741"),
    # an ordinal that names a victim but states no toll
    ("The second victim was identified as Ana Ruiz.", "second"),
    ("A second gunman was arrested on Friday.", "second"),
    ("The office is at 5 W 42nd Street in Manhattan.", "5"),
    ("The sp 500 was down 2.1% by noon.", "500"),
    ("The Russell 2000 fell for a third day.", "2000"),
    ("In the 90049 ZIP code, prices fell 9.2% in a year.", "90049"),
    ("The operator switched on its 5G network.", "5G"),
    ("The mission is at 633 Third Avenue, Suite 3210, New York.", "633"),
    ("On 11700 Larkin, one person was found dead.", "11700"),
    ("Crowds gathered at 2300 S. Kenwood after dark.", "2300"),
    ("Mourners gather at the vigil 1 / 12 Back to Gallery", "1"),
    ("The mission is at 633 Third Avenue, Suite 3210, New York.", "3210"),
    ("Write to New York, NY, 10017 for details.", "10017"),
    ("Call (212) 371-2559 for information.", "371-2559"),
    ("Fax: (646) 738-6143 is the number.", "738-6143"),
    ("See document A/73/740 of the General Assembly.", "73"),
    ("The 366th infantry regiment took part.", "366"),
    ("The former USSR regiment No.366 was involved.", "366"),
    ("The quote is on page 172 of the book.", "172"),
    ("He wrote it in his book (p. 172).", "172"),
    ("The council met at its 39th session.", "39"),
    ("Leaders met at their 12th Summit in Egypt.", "12"),
    ("The meeting ended at 13:50 local time.", "13"),
    ("They cited the 1948 Convention on genocide.", "1948"),
    ("Apple unveiled the iPhone 11 Pro on Tuesday.", "11"),
    ("The S&P 500 gained ground.", "500"),
    ("The airline grounded two 737 Max jets.", "737"),
    ("The COVID-19 pandemic hit tourism.", "19"),
    ("He played in Game 7 of the finals.", "7"),
    ("They help one another every day.", "one"),
    ("The G20 summit opened in Delhi.", "20"),
    ("The score was 2-2 at half time.", "2-2"),
    ("At 2-0 down the team kept going.", "2"),
    ("He left the game with a 9-2 lead.", "9"),
    ("The firm sold COVID -19 tests to the state.", "-19"),
    ("The suspect lives at 9 E 71st St in Manhattan.", "9"),
    # a journal's volume, issue and pages
    ("Solberg I, Amadi K, et al. Sugary drinks and liver cancer. Hepatology Reports 2026; 14(3): 211-219.", "211-219"),
    ("Solberg I, Amadi K, et al. Sugary drinks and liver cancer. Hepatology Reports 2026; 14(3): 211-219.", "14"),
    ("Lee J. Heat and the heart. Cardiology 2019;7:e1234.", "e1234"),
]


# (sentence, the claim's words, a word that `what` must not hold): words before the number
# qualify the number; a noun of another clause is not what a bare number counts
NOT_IN_WHAT = [
    ("The two projects will deliver a combined 800 homes next year.", "800", "combined"),
    ("An estimated 4 million children missed school this winter.", "An estimated 4 million", "estimated"),
    ("The league added an extra 12 teams this season.", "12", "extra"),
    ("The company sold 300 cars in May and its shares rose to 45.", "45", "cars"),
    ("Investigators released a 40 page report on Friday.", "40", "report"),
    ("The city bought six million 500ml bottles of water.", "six million", "500ml"),
]


@lru_cache(maxsize=1)
def _extracted() -> dict[str, tuple[Claim, ...]]:
    sentences = sorted({c[0] for c in CASES} | {n[0] for n in NOT_FIGURES} | {w[0] for w in NOT_IN_WHAT}
                       | {c[0] for c in CHANGES} | {r[0] for r in RANGES_NOT_CHANGES})
    docs = [Document(id=f"t{i}", path="", text=s, content_hash="", fmt="txt", encoding="utf-8")
            for i, s in enumerate(sentences)]
    return {d.text: claims for d, (claims, _) in zip(docs, extract_claims_many(docs), strict=True)}


def claim_at(sentence: str, words: str) -> Claim:
    start = sentence.index(words)
    claims = [c for c in _extracted()[sentence] if c.kind == "quantity" and (c.span.start, c.span.end) == (start, start + len(words))]
    assert claims, f"no figure claim over {words!r}; got {[(sentence[c.span.start:c.span.end], c.value) for c in _extracted()[sentence]]}"
    return claims[0]


@pytest.mark.parametrize(("sentence", "words", "value", "approx", "unit", "what"), CASES)
def test_figure(sentence: str, words: str, value: object, approx: str, unit: str | None,
                what: tuple[str, ...] | None) -> None:
    claim = claim_at(sentence, words)
    if isinstance(value, tuple):
        assert isinstance(claim.value, tuple) and claim.value == pytest.approx(value)
    else:
        assert claim.value == pytest.approx(value)
    assert claim.approx == approx
    assert claim.unit == unit
    assert claim.evidence == sentence
    if what is not None:
        assert claim.what is not None
        for word in what:
            assert word in claim.what, (word, claim.what)


@pytest.mark.parametrize(("sentence", "words"), NOT_FIGURES)
def test_not_a_figure(sentence: str, words: str) -> None:
    start = sentence.index(words)
    span = (start, start + len(words))
    hits = [c for c in _extracted()[sentence] if c.span.start < span[1] and span[0] < c.span.end]
    assert hits == [], [(sentence[c.span.start:c.span.end], c.kind, c.value) for c in hits]


@pytest.mark.parametrize(("sentence", "words", "not_in_what"), NOT_IN_WHAT)
def test_what_leaves_out_words_that_do_not_say_what_is_counted(sentence: str, words: str, not_in_what: str) -> None:
    claim = claim_at(sentence, words)
    assert claim.what and not_in_what not in claim.what and not_in_what not in (claim.what_key or "")


def test_parts_point_at_their_total() -> None:
    sentence = "613 individuals were killed, including 106 women and 63 children."
    total = claim_at(sentence, "613")
    assert claim_at(sentence, "106").part_of == total.id
    assert claim_at(sentence, "63").part_of == total.id
    assert total.part_of is None


def test_a_part_without_its_own_noun_counts_what_its_total_counts() -> None:
    sentence = "More than 6 million homes including 1.5 million in the capital lost power."
    part, total = claim_at(sentence, "1.5 million"), claim_at(sentence, "More than 6 million")
    assert part.part_of == total.id
    assert part.what_key == total.what_key == "home|lose"


RANGES_NOT_CHANGES = [
    ("Prices range from $5 to $10 a ticket.", "from $5 to $10"),
    ("Sizes run from 450 sq ft up to 900 sq ft.", "from 450 sq ft up to 900 sq ft"),
    ("Men aged 18 to 34 bet on sports.", "18 to 34"),
]
CHANGES = [
    # (sentence, the earlier value's words, the later value's words)
    ("The number of homes without power fell from 12,000 to 8,500 on Saturday.", "12,000", "8,500"),
    ("Brent crude rose from $75 a barrel to $82 a barrel on Monday.", "$75 a barrel", "$82 a barrel"),
    ("Revenue rose to $7.36 billion from $6.78 billion a year earlier.", "$6.78 billion", "$7.36 billion"),
    ("Sales grew 60% to 3.9 million headsets, up from 2.4 million in 2017.", "2.4 million", "3.9 million"),
    ("Its rate went from 5 to 7 percent in a year.", "5", "7 percent"),
    ("The estimate was cut from about 3 to nearly 2 million.", "about 3", "nearly 2 million"),
    # a figure with no verb of change, then the one it changed from
    ("Unemployment was 3.9 million, up from 2.4 million a year earlier.", "2.4 million", "3.9 million"),
    ("About 900,000 customers remained without power, down from a peak of 1.4 million.", "1.4 million", "About 900,000"),
    # a level in a unit that moved between two years ("in 2008 to 29"): one level, its two periods said
    ("Average mileage has crept up, from 20 miles per gallon in 2008 to 29 mpg in 2020.", "20 miles per gallon", "29 mpg"),
    # "the" before the earlier figure, and a code's digits between the two
    ("The airline said 104 people were injured when flight NV218 hit turbulence, up from the 30 it had reported.", "30",
     "104"),
]


@pytest.mark.parametrize(("sentence", "earlier", "later"), CHANGES)
def test_a_change_is_two_values_the_later_naming_the_earlier(sentence: str, earlier: str, later: str) -> None:
    before, after = claim_at(sentence, earlier), claim_at(sentence, later)
    assert after.changed_from == before.id
    assert before.changed_from is None
    assert before.unit == after.unit


def test_a_change_takes_the_scale_and_unit_of_the_value_it_ends_at() -> None:
    sentence = "The estimate was cut from about 3 to nearly 2 million."
    assert claim_at(sentence, "about 3").value == 3_000_000
    assert claim_at("Its rate went from 5 to 7 percent in a year.", "5").unit == "percent"


@pytest.mark.parametrize(("sentence", "words"), RANGES_NOT_CHANGES)
def test_from_x_to_y_without_a_change_is_a_range(sentence: str, words: str) -> None:
    claim = claim_at(sentence, words)
    assert claim.approx == "range" and claim.changed_from is None


def test_without_the_parser_figures_still_come_out_with_a_notice() -> None:
    doc = Document(id="x", path="", text="Some 613 individuals were killed.", content_hash="", fmt="txt", encoding="utf-8")
    [(claims, notices)] = extract_claims_many([doc], use_parser=False)
    assert [(c.value, c.approx, c.what) for c in claims] == [(613, "about", None)]
    assert notices and "what is counted is left empty" in notices[0]


def test_a_number_too_long_for_a_float_is_not_a_figure_and_the_export_stays_json() -> None:
    import json

    import claimledger
    from claimledger.present.export import claim_json

    claims = claimledger.extract("The debt was " + "9" * 5000 + " dollars, and 40 people lost their jobs.")
    assert [c.value for c in claims if c.kind == "quantity"] == [40]
    json.dumps([claim_json(c) for c in claims], allow_nan=False)


@pytest.mark.parametrize(("text", "updated"), [
    ("Live\n\n18:20 - Police now say 14 people have been detained.\n\n16:40 - Police say 8 people have been detained.",
     True),
    ("Live\n\n9:05 a.m. — 8 people have been detained.\n\n1:15 p.m. — 14 people have been detained.", True),
    ("Live\n\n18:20\nPolice now say 14 people have been detained.\n\n16:40\nPolice say 8 people have been detained.",
     True),  # each time on its own line, as a page's <time> comes out
    ("Police say 14 people have been detained.\n\nPolice say 8 people have been detained.", False),  # no entry times
])
def test_a_live_blog_s_later_entry_gives_what_its_earlier_figure_became(text: str, updated: bool) -> None:
    claims = {c.value: c for c in claimledger.extract(text, published="2025-05-01") if c.kind == "quantity"}
    assert (claims[14].changed_from == claims[8].id) is updated
    assert claims[8].changed_from is None


def test_a_figure_revised_down_from_an_earlier_estimate_changed_from_it() -> None:
    claims = {c.value: c for c in claimledger.extract(
        "Police said on Sunday that 71 people died in the fire, revised down from an earlier estimate of 80.")
        if c.kind == "quantity"}
    assert claims[71].changed_from == claims[80].id
