"""What a quantity measures and what it counts, on sentences written for these tests: the
wording (a toll, "lost their lives", "slain") never changes the measure; a measurement's
property follows its unit; names, phone numbers, addresses and scores are not figures."""

from __future__ import annotations

import pytest

import claimledger
from claimledger.claims.measures import counted_of, measure_of

MEASURED = [
    # a sum is never of the time it took, nor of a noun a misread "and" hangs it on
    ("Depositors tried to pull $42 billion in a single day.", "$42 billion", 42000000000, "money", None),
    ("The bank had total assets of approximately $209 billion and total deposits of approximately $175.4 billion.",
     "approximately $209 billion", 209000000000, "money", None),
    # an area's unit is not what it measures, singular or plural
    ("Our monitoring found 13,235 square kilometres of forest cleared.", "13,235 square kilometres", 13235, "area", "forest"),
    ("Deforestation reached 11,088 square kilometres in the year.", "11,088 square kilometres", 11088, "area", None),
    # a crowd: its size "of" a crowd, a crowd on the streets, an estimate of a crowd moved to a figure
    ("Rovers won the final in front of a crowd of 81,500.", "81,500", 81500, "attended", "people"),
    ("What a day! More than 200,000 of you on the streets of Carden.", "More than 200,000", 200000, "attended", "people"),
    ("Police revised their estimate of Sunday's parade crowd to 180,000 on Tuesday.", "180,000", 180000, "attended",
     "people"),
    # those who needed treatment were hurt
    ("The ambulance service said 45 people needed treatment during the parade.", "45", 45, "injured", "people"),
    # a sum said of a cost, a price tag, a bill or a budget is the sum of the thing it is of or for
    ("The cost of the metro extension has risen to 2.8 billion euros.", "2.8 billion euros", 2800000000, "money",
     "metro extension"),
    ("The audit office estimates the final cost of the extension at 3.4 billion euros.", "3.4 billion euros", 3400000000,
     "money", "extension"),
    ("The price tag of the stadium is $1.2 billion.", "$1.2 billion", 1200000000, "money", "stadium"),
    ("Insurers put the damage at $2 billion.", "$2 billion", 2000000000, "money", "damage"),
    # a verb that takes lives, whatever a relative clause says of those it took
    ("A cloud of ash swept over farmland, claiming the lives of two farmers who had stayed behind.", "two", 2, "killed",
     "farmer"),
    ("The attack killed 12 people who had gathered for prayers.", "12", 12, "killed", "people"),
    ("On Sunday a gunman took the lives of 11 people at the club, police say.", "11", 11, "killed", "people"),
    ("60 hostages freed in Tavor; two killed", "60", 60, "rescued", "hostage"),
    # forced from their homes: evacuated
    ("The eruption forced some 4,000 people from their homes, the agency said.", "4,000", 4000, "evacuated", "people"),
    ("Our volunteers are sheltering 6,450 displaced people.", "6,450", 6450, "displaced", "people"),
    # some of the people in a state, named by the state, are no count of the state's measure
    ("One of the wounded died at the hospital on Sunday.", "One", 1, None, "wound"),
    # the whole a part is picked from keeps its own verb: "hit", not the one's "died"
    ("A 16-year-old boy, one of three people hit by gunfire in Miami Tuesday night has died, Miami police announced.",
     "three", 3, None, "people"),
    # those shot, then how many of them died of it
    ("Five people were shot, three fatally, in a shooting early Monday, police said.", "three", 3, "killed", "people"),
    # a crowd that fills a place or streams into it, and what a place can hold
    ("Over 10,000 patriots packed Freedom Square tonight!", "10,000", 10000, "attended", "patriot"),
    ("Volunteers counted 12,000 people coming into Freedom Square on Saturday night.", "12,000", 12000, "attended", "people"),
    ("The square can hold at most 6,000 people, according to the events office.", "6,000", 6000, "capacity", None),
    # the base a change is measured from counts what the changed figure counts
    ("Some 1,204 people died of overdoses in 2025, down 18% from 1,468 in 2024.", "1,468", 1468, "killed", "people"),
    # a headline opened by what it counts, whatever the parse makes of the words between
    ("Deaths linked to Arden airbag flaw rise to five", "five", 5, "killed", "people"),
    # an outage told before its figure
    ("The storm knocked out power to about 212,000 homes and businesses.", "212,000", 212000, "without_power", "home"),
    ("As of Sunday, service has been restored to all but 48,500 customers.", "48,500", 48500, "without_power", "customer"),
    ("About 212,000 of our customers were without power on Saturday.", "212,000", 212000, "without_power", "customer"),

    # tolls and running counts
    ("The death toll has risen to 135, officials said.", "135", 135, "killed", "people"),
    ("The toll rose to 23 on Sunday.", "23", 23, "killed", "people"),
    ("Death toll in ferry sinking rises to 23", "23", 23, "killed", "people"),  # a headline ends on its figure
    # "confirmed dead ... climbed", which the parse reads as two verbs joined
    ("The number of people confirmed dead in the sinking climbed to 19 on Monday.", "19", 19, "killed", "people"),
    ("The number of people confirmed dead rose to 27, the coast guard said.", "27", 27, "killed", "people"),
    # a state right after the counted noun, wherever the parse hung it
    ("The toll reached 14 as rescuers searched for 81 people still missing.", "81", 81, "missing", "people"),
    ("Crews were searching for 12 people still trapped under the rubble.", "12", 12, "missing", "people"),
    # what a vessel may carry is its capacity, not who was aboard
    ("The ferry was licensed to carry 350 passengers.", "350", 350, "capacity", None),
    ("The ferry's licence allowed 350 passengers.", "350", 350, "capacity", None),
    ("The bus was designed to carry 52 passengers.", "52", 52, "capacity", None),
    ("The train, carrying about 400 passengers, left the rails.", "400", 400, "aboard", "passenger"),
    # an outbreak's counts, whichever word or count of places stands beside them
    ("As of September 12, the outbreak had sickened 87 people in nine states, hospitalized 21 and killed one.", "21", 21,
     "injured", "people"),
    ("As of September 12, the outbreak had sickened 87 people in nine states, hospitalized 21 and killed one.", "one", 1,
     "killed", "people"),
    ("Salmonella outbreak linked to salad kits sickens 53 in 7 states", "53", 53, "infected", "cases"),
    ("Since the last update, 34 more illnesses have been reported, bringing the total to 87.", "87", 87, "infected", "cases"),
    # a figure set against the one before it counts what that one counts
    ("Survivors say more than 400 people were on board, not the 336 the operator declared.", "336", 336, "aboard", "people"),
    ("The fire destroyed 85 homes, not 12 as first reported.", "12", 12, "destroyed", "home"),
    # some of the casualties, by who they are
    ("The governor said 4 firefighters were among the dead.", "4", 4, "killed", "firefighter"),
    ("After the shooting, one person was said to be critically injured.", "one", 1, "injured", "people"),
    ("Two people were reported to have been killed in the blast.", "Two", 2, "killed", "people"),
    ("Two children are among the injured, police said.", "Two", 2, "injured", "child"),
    ("The toll from the storm reached 31.", "31", 31, "killed", "people"),
    ("The number of dead stands at 190.", "190", 190, "killed", "people"),
    ("She said the number of people evacuated had risen to 12,000.", "12,000", 12000, "evacuated", "people"),
    ("The number of people injured rose to 340.", "340", 340, "injured", "people"),
    # the size of a crowd, however it is said
    ("About 5,000 people took part in the march.", "5,000", 5000, "attended", "people"),
    ("Some 3,000 people attended the rally on Sunday.", "3,000", 3000, "attended", "people"),
    ("Nearly 800 protesters gathered outside parliament.", "800", 800, "attended", "people"),
    ("Organisers said 12,000 people turned out.", "12,000", 12000, "attended", "people"),
    ("Police put the crowd at about 5,000.", "5,000", 5000, "attended", "people"),
    ("Pension protest draws 20,000, police say", "20,000", 20000, "attended", "people"),
    ("The rally attracted 5,000 supporters.", "5,000", 5000, "attended", "supporter"),
    # a threshold a headline's subject passes, and the cases of a named illness
    ("Quake deaths pass 1,000 as rescuers dig", "1,000", 1000, "killed", "people"),
    ("Tarsa cholera cases pass 1,000", "1,000", 1000, "infected", "cases"),
    ("There were 300 measles cases in the region.", "300", 300, "infected", "cases"),
    ("The court heard 300 cases last year.", "300", 300, None, "case"),
    ("About 8,000 people joined Sunday's march through the capital.", "8,000", 8000, "attended", "people"),
    ("Police arrested 15 protesters after the rally.", "15", 15, "arrested", "protester"),
    ("Police said two dozen people were arrested.", "two dozen", 24, "arrested", "people"),
    # a scale of its own: an earthquake's magnitude, whatever the sentence calls it
    ("A magnitude 6.8 earthquake struck the province at dawn.", "6.8", 6.8, "magnitude", "earthquake"),
    ("A 7.1-magnitude quake hit the coast, the USGS said.", "7.1", 7.1, "magnitude", None),
    ("The earthquake had a magnitude of 5.9.", "5.9", 5.9, "magnitude", None),
    ("It measured 6.2 on the Richter scale.", "6.2", 6.2, "magnitude", None),
    ("The death toll climbed to 47 overnight.", "47", 47, "killed", "people"),
    ("The injury toll climbed to 40.", "40", 40, "injured", "people"),
    ("At least 14 people were killed in the blast.", "14", 14, "killed", "people"),
    ("Some 78 people lost their lives.", "78", 78, "killed", "people"),
    ("Rescuers recovered 12 bodies from the river.", "12", 12, "killed", "people"),
    ("Nine people died at the scene.", "Nine", 9, "killed", "people"),
    # people who have injuries
    ("The other four people have non-life threatening injuries.", "four", 4, "injured", "people"),
    ("Three victims have gunshot wounds to the legs, police said.", "Three", 3, "injured", "people"),
    # an adverb or an adjective the verb leaves out says they died
    ("One person was fatally wounded, the detective said.", "One", 1, "killed", "people"),
    ("Two men were fatally shot on Elm Street late Friday.", "Two", 2, "killed", "people"),
    ("Three people suffered fatal wounds in the attack.", "Three", 3, "killed", "people"),
    ("Two hikers were mortally injured in the fall.", "Two", 2, "killed", "hiker"),
    ("The attack left 3 soldiers dead.", "3", 3, "killed", "soldier"),
    ("Four civilians were slain in the raid.", "Four", 4, "killed", "people"),
    ("There were 6 fatalities on the highway.", "6", 6, "killed", "people"),
    ("Police said 4 people were killed and 2 were wounded.", "4", 4, "killed", "people"),
    ("Police said 4 people were killed and 2 were wounded.", "2", 2, "injured", "people"),
    ("About 6,500 people were injured.", "6,500", 6500, "injured", "people"),
    ("Doctors treated 30 wounded at the hospital.", "30", 30, "injured", "people"),
    ("Seven children were hurt in the crash.", "Seven", 7, "injured", "child"),
    # a headline whose verb the parse reads as a noun ("climbs", "hits")
    ("Death toll in hillside collapse climbs to 23", "23", 23, "killed", "people"),
    ("Quarry blast death toll jumps to 1,400", "1,400", 1400, "killed", "people"),
    ("Ferry toll hits 60 as divers search the hull", "60", 60, "killed", "people"),
    # care for the hurt, and what it was for
    ("More than 50 people have been treated for injuries, nurses said.", "50", 50, "injured", "people"),
    ("Twelve spectators were treated for minor injuries at the track.", "Twelve", 12, "injured", "spectator"),
    ("Six people were admitted for gunshot wounds overnight.", "Six", 6, "injured", "people"),
    ("Five people were hospitalised after the fire.", "Five", 5, "injured", "people"),
    ("Ten people were shot on Saturday night, and one of them died.", "Ten", 10, "casualties", "people"),
    ("Ten people were shot on Saturday night.", "Ten", 10, "injured", "people"),  # a report that tells of no death
    ("The clashes caused 40 casualties.", "40", 40, "casualties", "people"),
    ("Twelve fishermen are still missing.", "Twelve", 12, "missing", "fisherman"),
    ("The gunmen took 20 hostages.", "20", 20, "abducted", "hostage"),
    ("Police arrested 15 protesters.", "15", 15, "arrested", "protester"),
    ("Authorities detained 32 people overnight.", "32", 32, "detained", "people"),
    ("Officials evacuated 3,000 residents.", "3,000", 3000, "evacuated", "people"),
    ("The floods displaced 200,000 people.", "200,000", 200000, "displaced", "people"),
    ("The fire left 300,000 people homeless.", "300,000", 300000, "homeless", "people"),
    ("Divers rescued 11 miners.", "11", 11, "rescued", "miner"),
    ("Seventy-eight people survived the sinking.", "Seventy-eight", 78, "rescued", "people"),
    ("Security forces freed 60 hostages on Monday.", "60", 60, "rescued", "hostage"),
    ("Gunmen were holding about 150 people hostage, police said.", "about 150", 150, "hostages", "people"),
    ("About 90 people were still being held, police said.", "About 90", 90, "hostages", "people"),
    ("Eight hostages and all five gunmen were killed.", "five", 5, "killed", "attacker"),
    ("Five terrorists were killed in the raid, the ministry said.", "Five", 5, "killed", "attacker"),
    ("The number of bodies recovered off the cape rose to 59 on Monday.", "59", 59, "killed", "people"),
    ("Rescue teams had pulled 12 survivors from the mud.", "12", 12, "rescued", "people"),
    ("Divers pulled 12 bodies from the river.", "12", 12, "killed", "people"),
    ("The outage affected 2 million customers.", "2 million", 2000000, "affected", "customer"),
    # measurements: the property of the unit, the thing without its unit
    ("2,750 tonnes of ammonium nitrate were stored in the port.", "2,750 tonnes", 2750, "mass", "ammonium"),
    ("The reservoir held 40 million cubic metres of water.", "40 million cubic metres", 40000000, "volume", "water"),
    ("The blast caused $15 billion in damage.", "$15 billion", 15000000000, "money", "damage"),
    # what a sum is for, after "in" or set by a verb
    ("The government pledged 2 million euros in emergency aid.", "2 million", 2000000, "money", "funding"),
    ("The Government has increased its emergency aid to 5 million euros.", "5 million", 5000000, "money",
     "funding"),
    ("The jury awarded $3.2 million in damages to the family.", "$3.2 million", 3200000, "money", "damage"),
    # people vaccinated, by their verb or by a vaccine their sentence names: a running count
    ("About 3.9 million children have been vaccinated against measles since February.", "3.9 million", 3900000,
     "vaccinated", "child"),
    ("More than 2.6 million children have now received the measles-rubella vaccine.", "2.6 million", 2600000,
     "vaccinated", "child"),
    ("The vaccination campaign has reached 1.2 million children in its first week.", "1.2 million", 1200000,
     "vaccinated", "child"),
    ("Nurses immunised 40,000 people in the district last month.", "40,000", 40000, "vaccinated", "people"),
    ("The clinic has reached 3,000 patients since it opened.", "3,000", 3000, None, "patient"),
    # a goal is not a count of what was done: "aims to vaccinate", "hope to evacuate", "targeted"
    ("The campaign aims to vaccinate 4.5 million children by 31 March.", "4.5 million", 4500000, "target", "child"),
    ("Officials hope to evacuate 10,000 people before the storm arrives.", "10,000", 10000, "target", "people"),
    ("The drive seeks to register 2 million voters.", "2 million", 2000000, "target", "voter"),
    ("About 3.9 million children were vaccinated, or 87 percent of the 4.5 million targeted.", "4.5 million", 4500000,
     "target", None),
    ("Officials evacuated 10,000 people before the storm arrived.", "10,000", 10000, "evacuated", "people"),
    # a share of a figure is a share of what the figure counts
    ("About 3.9 million children were vaccinated, or 87 percent of the 4.5 million targeted.", "87 percent", 87,
     "share", "target"),
    ("Coverage stood at 58 percent of the target population.", "58 percent", 58, "share", "target"),
    # schools, shops or roads closed: a count that runs as closures spread or end
    ("About 340 schools across Northvale were closed on Monday as teachers walked out.", "340", 340, "closed", "school"),
    ("The number of schools closed by the teachers' strike rose to 410 on Wednesday.", "410", 410, "closed", "school"),
    ("The Dow closed at 34,000 points on Friday.", "34,000", 34000, None, None),
    # those on strike are those who took part
    ("The minister said fewer than 18,000 teachers were on strike on Tuesday.", "18,000", 18000, "attended", "teacher"),
    # the share of a vote, of its voters or of nothing named
    ("The union says 85 percent of its 42,000 members voted to strike.", "85 percent", 85, "share", "vote"),
    ("Our members voted by 85% to strike.", "85%", 85, "share", "vote"),
    ("Ardell won 61 percent of the vote in the county.", "61 percent", 61, "share", "vote share of Ardell"),
    # an offer and a demand of a share, and an offer raised
    ("The government has offered a 4 percent pay rise.", "4 percent", 4, "share", "offer"),
    ("The government raised its pay offer to teachers to 5 percent on Thursday.", "5 percent", 5, "share", "offer"),
    ("The union is demanding 9 percent.", "9 percent", 9, "share", "demand"),
    # flights cancelled: a count that runs as a disruption lasts
    ("More than 1,400 flights have been cancelled worldwide, according to FlightWatch.", "1,400", 1400, "cancelled",
     "flight"),
    ("Organisers called off 12 concerts after the storm.", "12", 12, "cancelled", "concert"),
    # computers, machines and devices are one kind of thing
    ("The outage affected about 8.5 million computers, the company said.", "8.5 million", 8500000, "affected", "device"),
    ("We estimate that 8.5 million Windows devices were affected.", "8.5 million", 8500000, "affected", "device"),
    # a weight in pounds of the matter the unit names, not a sum nor the act ("the seizure of")
    ("Police arrested two more people over the seizure of about 2,650 pounds of cocaine.", "2,650", 2650, "mass",
     "cocaine"),
    # a count its words name after a weight is no weight; those under arrest are arrested
    ("Police arrested two more people over the seizure of 2,650 pounds of cocaine, bringing the number of arrests "
     "to 16.", "16", 16, "arrested", "people"),
    ("Police seized nearly two tonnes of cocaine, and sixteen people are now under arrest.", "sixteen", 16, "arrested",
     "people"),
    ("Twelve suspects remain in custody after the raids.", "Twelve", 12, "arrested", "suspect"),
    # the places of raids are not those arrested
    ("Fourteen people were arrested in raids on 11 properties in Velmora.", "11", 11, None, "property"),
    ("Fourteen people were arrested in raids on 11 properties in Velmora.", "Fourteen", 14, "arrested", "people"),
    # the ill, by their verb ("fallen ill", "reported symptoms"); passengers and crew each a count of their own
    ("More than 230 people aboard the Aurora Star have fallen ill with norovirus.", "230", 230, "infected", "cases"),
    ("As of this morning, 130 guests and 9 crew members have reported symptoms.", "130", 130, "infected", "passenger"),
    ("As of this morning, 130 guests and 9 crew members have reported symptoms.", "9 crew", 9, "infected", "crew"),
    ("The agency said that 212 passengers and 18 crew had fallen ill.", "212", 212, "infected", "passenger"),
    ("Forty students fell sick after the school lunch.", "Forty", 40, "infected", "cases"),
    # a figure of people joined by others of no figure counts them all
    ("The ship carries about 3,300 passengers and crew.", "3,300", 3300, "aboard", "people"),
    ("Police arrested 40 men and women at the protest.", "40", 40, "arrested", "people"),
    ("The parliaments of fifteen countries, twenty two states and four cities adopted it.", "twenty two", 22, None, "state"),
    # what a sum is the cost of: the thing that costs it
    ("The bridge cost 40 million euros.", "40 million", 40000000, "money", "bridge"),
    ("The campaign, costing an estimated $18 million, is funded by donors.", "$18 million", 18000000, "money",
     "campaign"),
    ("It is a plan that will cost $2 billion.", "$2 billion", 2000000000, "money", "plan"),
    ("Labour Minister Farid Khan promised compensation of $6,000 for each family.", "$6,000", 6000, "money",
     "compensation"),
    ("The court imposed a fine of 42 million euros on the company.", "42 million", 42000000, "money", "fine"),
    # the Nth victim makes the toll N
    ("A fourth person has died of measles in Dorval Province.", "fourth", 4, "killed", "people"),
    ("A third victim died in hospital on Sunday.", "third", 3, "killed", "people"),
    ("A fifth death was reported on Monday.", "fifth", 5, "killed", "people"),
    ("He is the fire's first death.", "first", 1, "killed", "people"),
    # a share of what its verb says, as its noun says it
    ("The fire was 5% contained on Monday.", "5%", 5, "share", "containment"),
    ("Containment rose to 41 percent by Thursday.", "41 percent", 41, "share", "containment"),
    # "and other ...": the count is of the wider kind; buildings and structures are one kind
    ("The fire has now destroyed 112 homes and other buildings.", "112", 112, "destroyed", "structure"),
    ("The blaze destroyed 40 buildings.", "40", 40, "destroyed", "structure"),
    # people under evacuation orders are evacuated
    ("Some 4,500 people remain under evacuation orders.", "Some 4,500", 4500, "evacuated", "people"),
    ("About 2,000 residents were placed under mandatory evacuation orders.", "About 2,000", 2000, "evacuated",
     "people"),
    # a count's own verb of change, and a participle the parse misread as the verb
    ("Measles deaths rise to four in Dorval", "four", 4, "killed", "people"),
    ("Between February and April, 263 confirmed measles cases were reported.", "263", 263, "infected", "cases"),
    # a vote share is its candidate's, in a sentence about votes; a market's share is no one's
    ("Mayor Ana Ruiz won 52.4 percent of the vote, the election commission said.", "52.4", 52.4, "share",
     "vote share of Ruiz"),
    ("Final results gave Ruiz 52.1 percent and Vance 44.6 percent of the ballots.", "44.6", 44.6, "share",
     "vote share of Vance"),
    ("Apple shares rose 5 percent on Monday.", "5", 5, "share", None),
    ("Mayor Ana Ruiz won a second term on Sunday, taking 52.1 percent of the vote.", "52.1", 52.1, "share",
     "vote share of Ruiz"),
    ("Ruiz took 52.1 percent of the vote to challenger Tom Vance's 44.6 percent.", "44.6", 44.6, "share",
     "vote share of Vance"),
    ("Ana Ruiz: 121,873 votes (52.1%)", "52.1%", 52.1, "share", "vote share of Ruiz"),
    # what a verb of leaving says befell the counted
    ("The quake left 40 people trapped.", "40", 40, "missing", "people"),
    # an outage is a count of its own, as it runs
    ("As of 6 a.m., 1.2 million customers are without power across the state.", "1.2 million", 1200000,
     "without_power", "customer"),
    ("About 900,000 customers remained without electricity on Friday.", "900,000", 900000, "without_power", "customer"),
    # a toll a noun is now at, with no verb
    ("Storm-related deaths statewide now 11.", "11", 11, "killed", "people"),
    # the speed of the wind a storm brings, not of its movement
    ("It made landfall with winds of 130 miles per hour.", "130", 130, "speed", "wind"),
    ("The storm came ashore with 140 mph winds.", "140", 140, "speed", "wind"),
    ("The storm was moving north at 12 mph.", "12", 12, "speed", "movement"),
    ("A 3,000-strong crowd gathered outside parliament.", "3,000", 3000, "attended", "people"),
    # the jobs a plan cuts, whatever it calls them
    ("Halvard Motors said it would cut about 1,200 jobs.", "about 1,200", 1200, "job_cuts", "job"),
    ("The plan will reduce its workforce by approximately 1,200 positions, or about 8%.", "approximately 1,200", 1200,
     "job_cuts", "job"),
    ("The plan will reduce its workforce by approximately 1,200 positions, or about 8%.", "about 8%", 8, "share",
     "workforce"),
    ("The union said the cuts would affect at least 1,500 workers.", "at least 1,500", 1500, "job_cuts", "job"),
    ("The explosion killed 19 workers.", "19", 19, "killed", "worker"),
    ("The death toll climbed past 100 on Friday.", "past 100", 100, "killed", "people"),
    ("The train had been travelling at 80 km/h, below the limit.", "80", 80, "speed", "movement"),
    ("It was doing 124 km/h on a curve with a 100 km/h limit.", "100", 100, "speed", "limit"),
    # people on board: one value per journey
    ("The train, carrying about 400 passengers from Marsa to Lind, left the tracks.", "about 400", 400, "aboard",
     "passenger"),
    ("Some 412 passengers were on board, according to the rail operator.", "Some 412", 412, "aboard", "passenger"),
    ("The plane had 150 people aboard when it landed.", "150", 150, "aboard", "people"),
    # a label in capitals before a figure is no name of it
    ("UPDATE: 2 more bodies recovered in Harlan County.", "2", 2, "killed", "people"),
    # pounds of money and pounds of weight
    ("Delta Chemicals was fined 4.5 million pounds in March.", "4.5 million", 4500000, "money", None),
    ("The company was fined 300,000 pounds.", "300,000", 300000, "money", None),
    ("The truck carried 2 million pounds of beef.", "2 million", 2000000, "mass", "beef"),
    ("The baby weighed 7 pounds at birth.", "7", 7, "mass", None),
    ("Turnout fell to 48 percent.", "48 percent", 48, "share", "turnout"),  # the level turnout fell to
    # injuries suffered, sustained or received: the injured; those who succumbed: the dead
    ("At least 23 people died and 40 others sustained injuries in the crash.", "40", 40, "injured", "people"),
    ("Forty people suffered injuries when the roof fell.", "Forty", 40, "injured", "people"),
    ("Twelve passengers received minor injuries.", "Twelve", 12, "injured", "passenger"),
    ("Nine workers sustained serious burn injuries in the blast.", "Nine", 9, "injured", "worker"),
    ("Two people suffered fatal injuries.", "Two", 2, "killed", "people"),
    ("The victim suffered three gunshot wounds.", "three", 3, None, "gunshot wound"),  # wounds, not people
    ("Two more injured persons succumbed to their injuries at the hospital.", "Two", 2, "killed", "people"),
    ("Three of the injured later succumbed to their wounds.", "Three", 3, "killed", "people"),
    # what a vehicle or a place may hold, said with "was"
    ("Its permitted seating capacity was 42, a transport official said.", "42", 42, "capacity", None),
    # what is known or said of those counted, then what befell them
    ("Forty-one people are now known to have died.", "Forty-one", 41, "killed", "people"),
    ("Ten people are reported to have died in the blaze.", "Ten", 10, "killed", "people"),
    # the whole a sentence opens with is not what its part's verb says
    ("Of the 112 people on board, 97 have been rescued and 15 remain unaccounted for.", "112", 112, "aboard", "people"),
    ("Of the 112 people on board, 97 have been rescued and 15 remain unaccounted for.", "97", 97, "rescued", "people"),
    # those who live in a place, and a participle that says who those counted are, not what befell them
    ("About 600 people lived in the tower, according to residents' groups.", "About 600", 600, "residents", "people"),
    ("The tower was home to around 350 people.", "around 350", 350, "residents", "people"),
    ("About 1,000 people living in the area were evacuated.", "About 1,000", 1000, "evacuated", "people"),
    # a number the parse hangs on the auxiliary of its verb
    ("As of 08:00 today, 9 people have been confirmed dead and 63 are missing.", "63", 63, "missing", "people"),
    ("The line at 12 stations was closed for repairs.", "12", 12, None, "station"),  # a railway line, no number to call
    # what a unit measures, named after it or before it ("rain" and "rainfall" are one thing measured)
    ("In 24 hours, 683 millimetres of rain fell in Bertioga.", "683 millimetres", 683, "length", "rain"),
    ("Rain of 600 millimetres in a single day is something this country has never seen.", "600 millimetres", 600,
     "length", "rain"),
    ("A rainfall of 120 mm was recorded at the airport.", "120 mm", 120, "length", "rain"),
    ("Snowfall of 40 cm was recorded in the hills.", "40 cm", 40, "length", "snow"),
    ("A total of 300 mm fell on the city.", "300 mm", 300, "length", None),  # a total names nothing measured
    # what a sum is for, its currency sign a token of its own
    ("The federal government released R$ 50 million for emergency aid.", "R$ 50 million", 50_000_000, "money", "funding"),
    ("The government announced US$ 10 million in emergency funds.", "US$ 10 million", 10_000_000, "money", "funding"),
    ("The council set aside $2 million for the families of the victims.", "$2 million", 2_000_000, "money", None),
    # those in hospital or in intensive care were hurt; some of a count just given in intensive care are critical
    ("As of 14:00, 11 people have died and 87 are in hospital.", "87", 87, "injured", "people"),
    ("Another 40 people remain in hospital.", "40", 40, "injured", "people"),
    ("Two of the four victims died at the hospital.", "Two", 2, "killed", "people"),
    ("103 people remained in hospital, 22 of them in intensive care.", "22", 22, "critical", "people"),
    # those undergoing treatment were hurt; a part on a ventilator, or whose condition is critical, is critical
    ("In the incident, 9 persons have died so far and 31 persons are undergoing treatment at the District Hospital.",
     "31", 31, "injured", "people"),
    ("The toll climbed to 19 on Sunday, while 27 others are still undergoing treatment, officials said.", "27", 27,
     "injured", "people"),
    ("Toll reaches 19. 27 patients still under treatment, 6 of them on ventilator support.", "6", 6, "critical", "patient"),
    ("31 persons are undergoing treatment. The condition of 6 patients is stated to be critical.", "6", 6, "critical",
     "patient"),
    # the people a study took in are its participants, however it took them in
    ("Scientists who tracked 480,000 people found those who drank sugary drinks were more likely to get it.", "480,000",
     480000, "participants", "people"),
    ("The risk was higher, according to a study of about 48,000 adults published on Monday.", "about 48,000", 48000,
     "participants", "people"),
    ("The study followed 48,310 adults aged 50 to 79 for 11 years.", "48,310", 48310, "participants", "people"),
    ("A survey of 2,000 voters found most backed the plan.", "2,000", 2000, "participants", "voter"),
    # participants of a march took part in it
    ("About 3,000 participants marched through the city on Sunday.", "About 3,000", 3000, "attended", "people"),
    # a plural that opens its sentence, which the tagger reads as a singular, a dateline before it or not
    ("Homicides in Calderon fell to 212 in 2025, the fewest since 2016, police said.", "212", 212, "killed", "people"),
    ("CALDERON, Jan 21 (State Wire) - Homicides in Calderon fell to 212 in 2025, the fewest since 2016.", "212", 212,
     "killed", "people"),
    # a length below a surface is a depth; the depth of a thing a preposition ties it to is that thing's
    ("The Aurelia lies 12,500 feet (3,800 metres) below the surface.", "12,500 feet", 12500, "length", "depth"),
    ("The Aurelia lies 12,500 feet (3,800 metres) below the surface.", "3,800 metres", 3800, "length", "depth"),
    ("The wreck lies nearly 4 km below the surface, about 600 km off the coast.", "nearly 4 km", 4, "length", "depth"),
    ("The Nereid had completed more than 50 dives to a depth of at least 2,000 metres.", "at least 2,000 metres", 2000,
     "length", "depth dive"),
    # a plural the tagger read as a verb, in a noun's place
    ("The Nereid had completed more than 50 dives to a depth of at least 2,000 metres.", "more than 50", 50, None, "dive"),
    # the time a supply has left
    ("The five people on board had about 45 hours of oxygen left.", "about 45 hours", 45, "duration", "oxygen"),
    # "one" after a conjunction, before the people it counts
    ("We are deeply saddened to confirm that one passenger has died.", "one", 1, "killed", "passenger"),
    # some of the hurt just counted, said to be hurt gravely; those found alive are rescued; a time a count took is no rate
    ("The blast injured 150, 20 of them seriously.", "20", 20, "critical", None),
    ("Only 3 of the 12 miners have been found alive.", "3", 3, "rescued", "miner"),
    ("The number of confirmed cases doubled to 240 in a week.", "240", 240, "infected", "cases"),
    # a noun that looks like a participle; a participle that says who they are, not what befell them
    ("5 accused have been arrested and 1,150 litres of illicit liquor have been seized.", "5", 5, "arrested", "accused"),
    ("Police arrested 5 accused on Friday.", "5", 5, "arrested", "accused"),
    ("Three men accused of smuggling were arrested.", "Three", 3, "arrested", "people"),
    ("Two people suspected of arson were detained.", "Two", 2, "detained", "people"),
    # those sent to an incident attended it, whatever they did there
    ("About 80 firefighters fought the blaze, which began shortly after 5am.", "About 80", 80, "attended", "firefighter"),
    ("The carmaker is recalling 1,184,300 vehicles.", "1,184,300", 1184300, None, "vehicle"),
    # treated for what heat, cold or gas does to the body: hurt
    ("Figures released on Tuesday show 412 people were treated for heat stroke.", "412", 412, "injured", "people"),
    ("Some 60 climbers were treated for frostbite.", "Some 60", 60, "injured", "climber"),
    # brought out alive: rescued
    ("As of 14:00, 19 miners have been confirmed dead, 24 have been brought to the surface alive.", "24", 24, "rescued",
     "people"),
    ("Three people were pulled out alive from the rubble.", "Three", 3, "rescued", "people"),
    # pounds in a sentence about money are sterling; in one about weight, a mass
    ("Marsh said the figure was 48,000 pounds and that she had repaid 10,000 pounds.", "10,000 pounds", 10000, "money",
     None),
    ("The baby weighed 9 pounds at birth.", "9 pounds", 9, "mass", None),
    ("She had claimed £52,300 in expenses for a flat in London.", "£52,300", 52300, "money", "expense"),
    # the matter whose amount a sentence puts at the figure
    ("Engineers put the amount of ammonia that escaped at about 12 tonnes.", "12 tonnes", 12, "mass", "ammonia"),
    # a level set, moved or held by a verb is of what the verb acts on, a name included
    ("The committee voted to raise Bank Rate by 0.25 percentage points, to 4.5%.", "4.5%", 4.5, "share", "bank rate"),
    ("The central bank held its benchmark rate at 5.25% for a third meeting.", "5.25%", 5.25, "share", "benchmark rate"),
    ("The Bank of Norland raised its key interest rate to 4.5% on Thursday.", "4.5%", 4.5, "share", "key interest rate"),
    # a level in an absolute phrase is of what the phrase holds, not of the clause's subject
    ("With Bank Rate now at 4.75%, a typical variable mortgage will cost about 40 more a month.", "4.75%", 4.75, "share",
     "bank rate"),
    ("With unemployment at 5.1%, the government is under pressure.", "5.1%", 5.1, "share", "unemployment"),
    # prices that changed over a year: that year's inflation, of the prices named
    ("The Consumer Prices Index (CPI) rose by 3.2% in the 12 months to March 2026.", "3.2%", 3.2, "share", "inflation"),
    ("Food prices rose by 5.1% in the year to March.", "5.1%", 5.1, "share", "food inflation"),
    ("Consumer prices increased 2.9% year-on-year in June.", "2.9%", 2.9, "share", "inflation"),
    ("Apple shares rose 5% in the year to March.", "5%", 5, "share", None),  # a market's move, no prices of goods
    ("The fire burned 12,000 hectares of forest.", "12,000 hectares", 12000, "area", "forest"),
    ("The wall is 5 km long.", "5 km", 5, "length", None),
    ("Engineers said the 250-metre span had carried 40,000 vehicles a day.", "250-metre", 250, "length", "span"),
    ("The bridge was a 240-metre steel span over the river.", "240-metre", 240, "length", "span"),
    ("A 40-tonne truck crashed into the barrier.", "40-tonne", 40, "mass", "truck"),
    ("The quake hit at a depth of 15 km.", "15 km", 15, "length", "depth"),
    ("The siege lasted 6 months.", "6 months", 6, "duration", None),
    ("The oil spill released 5,000 barrels of crude.", "5,000 barrels", 5000, "volume", "oil"),
    ("About 88,000 gallons of crude oil leaked from the pipeline.", "88,000 gallons", 88000, "volume", "oil"),
    # a sum is worth what it is said to be worth of
    ("He was jailed for taking bribes worth 2.4 million euros from shipping firms.", "2.4 million euros", 2400000, "money",
     "bribe"),
    ("The company won contracts worth $5 billion last year.", "$5 billion", 5000000000, "money", "contract"),
    ("He pocketed 2.4 million euros in kickbacks from two firms.", "2.4 million euros", 2400000, "money", "bribe"),
    ("The company reported revenue of $4.2 billion for the third quarter.", "$4.2 billion", 4200000000, "money", "revenue"),
    # hostages set free, taken, still held: three counts
    ("Thirteen hostages were released on Friday, mediators said.", "Thirteen", 13, "rescued", "hostage"),
    ("Eighty-one hostages have now come home.", "Eighty-one", 81, "rescued", "hostage"),
    ("In exchange, 39 prisoners were freed from Norland jails.", "39", 39, "rescued", "prisoner"),
    ("Ten hostages were released, out of about 240 people seized in the raid.", "240", 240, "abducted", "people"),
    ("Of the roughly 240 people taken on 7 October, 136 are still held.", "240", 240, "abducted", "people"),
    ("Of the roughly 240 people taken on 7 October, 136 are still held.", "136", 136, "hostages", "people"),
    ("136 of our loved ones remain in captivity.", "136", 136, "hostages", "people"),
    ("About 170 people are still being held, according to the families.", "170", 170, "hostages", "people"),
    ("A further 260 people were wounded and 812 were taken captive.", "812", 812, "abducted", "people"),
    ("Some 260 residents were wounded, while 812 were seized as hostages.", "812", 812, "abducted", "people"),
    ("Some 1,275 people were taken hostage in the raid.", "1,275", 1275, "abducted", "people"),
    ("Gunmen kidnapped 30 students from the school.", "30", 30, "abducted", "student"),
    ("The gang held 12 teachers hostage for a week.", "12", 12, "hostages", "teacher"),
    # people sent to hospital or treated for what hurt them are injured; the dead that number a figure are killed
    ("The crash sent 12 people to hospital.", "12", 12, "injured", "people"),
    ("A further 12 people were treated for smoke inhalation.", "12", 12, "injured", "people"),
    ("The dead numbered 23, officials said.", "23", 23, "killed", "people"),
    ("The injured now total 40.", "40", 40, "injured", "people"),
    # the places and the days a toll is spread over are not whom it counts
    ("The storm has claimed at least 40 lives across three states.", "three", 3, None, "state"),
    ("Floods killed 40 people in three countries.", "three", 3, None, "country"),
    # people in a humanitarian crisis: in hunger, malnourished, in need of aid
    ("An estimated 6.7 million people in Sundara face acute food insecurity.", "6.7 million", 6700000, "food_insecure",
     "people"),
    ("Some 6.7 million people are facing acute hunger after a fifth failed rainy season.", "6.7 million", 6700000,
     "food_insecure", "people"),
    ("Some 1.8 million children under five are acutely malnourished.", "1.8 million", 1800000, "malnourished", "child"),
    ("About 4.3 million people need humanitarian assistance.", "4.3 million", 4300000, "in_need", "people"),
    ("The Government estimates that 4.9 million people face acute food insecurity, and rejects the UN figure of 6.7 "
     "million as exaggerated.", "6.7 million", 6700000, "food_insecure", "people"),
    # a share of an appeal funded or received is its funding
    ("The UN's $2.6 billion appeal for Sundara is only 18% funded.", "18%", 18, "share", "funding"),
    ("The plan seeks $2.6 billion, of which 18 per cent had been received by 8 March.", "18 per cent", 18, "share",
     "funding"),
    ("The plan seeks $2.6 billion, of which 18 per cent had been received by 8 March.", "$2.6 billion", 2600000000,
     "money", "appeal"),
    # people sentenced and people fined are counts of their own, apart from those detained
    ("Courts have jailed 45 protesters for up to 15 days.", "45", 45, "sentenced", "protester"),
    ("45 people received jail terms of five to 15 days.", "45", 45, "sentenced", "people"),
    ("Courts fined 120 others over the protests.", "120", 120, "fined", "people"),
    ("120 people were fined.", "120", 120, "fined", "people"),
    ("Police detained 700 people for taking part in the protest.", "700", 700, "detained", "people"),
    ("He was sentenced to 11½ to 23 months in prison.", "11½", 11, None, "month"),
    ("A Baltimore man received two consecutive life sentences.", "two", 2, None, "consecutive life sentence"),
    # people whose fate is unknown, or whose whereabouts are asked after, are missing
    ("The fate of 93 people remains unknown to this day.", "93", 93, "missing", "people"),
    ("The fate of 87 people is still unknown, the commission said.", "87", 87, "missing", "people"),
    ("There are still questions about the whereabouts of 150 of those who were taken.", "150", 150, "missing", "people"),
    ("The court will decide the fate of 300 workers next week.", "300", 300, None, "worker"),
    # a class named before a noun of people is that class
    ("In one night, 389 residents were killed, among them 54 elderly persons.", "54", 54, "killed", "elderly"),
    ("Police found two female victims with gunshot wounds.", "two", 2, "injured", "woman"),
    ("Police say at least one other family member was home at the time.", "one", 1, None, "people"),
    ("Three people were released from hospital on Monday.", "Three", 3, None, "people"),  # no one held
    ("Two people were taken to hospital.", "Two", 2, "injured", "people"),
    # a sum its verb sets its subject at is of the subject, never of who has it
    ("Net sales rose to $1.91 billion in the third quarter.", "$1.91 billion", 1910000000, "money", "net sale"),
    ("Q3 net sales came in at $1.97 billion.", "$1.97 billion", 1970000000, "money", "net sale"),
    ("In the second quarter, revenue was $3.9 billion.", "$3.9 billion", 3900000000, "money", "revenue"),
    ("Operating profit fell to 212 million euros.", "212 million euros", 212000000, "money", "operating profit"),
    ("Damage was estimated at $40 million.", "$40 million", 40000000, "money", "damage"),
    ("The fine was 42 million euros.", "42 million euros", 42000000, "money", "fine"),
    ("The company paid $3 million.", "$3 million", 3000000, "money", "payment"),  # what its verb says the sum is
    ("The appeal itself was raised to $3.1 billion last week.", "$3.1 billion", 3100000000, "money", "appeal"),
    ("The council cut the library budget to 2 million euros.", "2 million euros", 2000000, "money", "library budget"),
    ("The company raised $3 million from investors.", "$3 million", 3000000, "money", None),  # what was raised
    ("Donors pledged a total of $1.2 billion for Ardenia.", "$1.2 billion", 1200000000, "money", "pledge"),
    ("It is less than half of the $2.8 billion the United Nations had sought.", "$2.8 billion", 2800000000, "money",
     "appeal"),
    ("Halden posted $1.84 billion in sales.", "$1.84 billion", 1840000000, "money", "sale"),
    ("Temperatures hit 41.2C in Corran on Monday.", "41.2C", 41.2, "temperature", None),
    # a count of the dead by its noun, however the sentence goes on or sets it beside
    ("The number of deaths linked to the heatwave rose to 27.", "27", 27, "killed", "people"),
    ("The confirmed count of heat deaths, 27 on 16 July, covers only some deaths.", "27", 27, "killed", "people"),
    ("He was charged with one count of attempted murder, three counts of assault.", "three", 3, None, None),
    # people who crossed a border are refugees, people who fled at home are displaced
    ("More than half a million people have fled the fighting into neighbouring countries.", "half a million", 500000,
     "refugees", "people"),
    ("The number of refugees who have fled Ardenia has passed 750,000.", "750,000", 750000, "refugees", "people"),
    ("An estimated 1.3 million people are internally displaced inside Ardenia.", "1.3 million", 1300000, "displaced",
     "people"),
    ("About 5,000 people fled their homes as the river rose.", "5,000", 5000, "displaced", "people"),
    # another source's figure of the count just given
    ("The office says 1.3 million people are displaced. Local groups put the number at closer to 2 million.",
     "2 million", 2000000, "displaced", "people"),
    ("Researchers identified 351 people killed, including 61 children. The government's figure of 389 counts the missing too.",
     "389", 389, "killed", "people"),
    ("Nine people were killed and 21 injured. \"There is no truth in the figure of 40,\" police said.", "40", 40, None,
     None),  # two counts before it: which it is of is not said
    # a venue's capacity is not its crowd
    ("Fans died in a crush at the 40,000-capacity Arena Norte stadium.", "40,000", 40000, "capacity", None),
    ("The stadium, which holds 40,000, was built in 1998.", "40,000", 40000, "capacity", None),
    ("The match was attended by 38,412 spectators, below the stadium's capacity of 40,000.", "40,000", 40000,
     "capacity", None),
    ("The match was attended by 38,412 spectators, the federation said.", "38,412", 38412, "attended", "people"),
    ("Police estimated that more than 50,000 people were inside the stadium.", "50,000", 50000, "attended", "people"),
    ("The heat could cause about 1,100 excess deaths by the end of the month.", "1,100", 1100, "killed", "excess_death"),
    # a class said of a bare number, under the measure of the whole a sentence opens with
    ("Of the 148 people on board, 142 were passengers, the airline said.", "142", 142, "aboard", "passenger"),
    ("Of the dead, 12 were children, the health ministry said.", "12", 12, "killed", "child"),
    ("The aircraft was carrying 142 passengers and six crew members.", "six", 6, "aboard", "crew"),
    ("Twelve of the survivors were in critical condition on Sunday.", "Twelve", 12, None, None),
    # people with no measure of their own, whose sentence says they were hurt
    ("Two others were taken to the hospital with non-life-threatening injuries.", "Two", 2, "injured", "people"),
    ("Two victims were listed in critical condition.", "Two", 2, "injured", "people"),
    ("All four victims were taken to Mercy Health Center with serious wounds.", "four", 4, "injured", "people"),
    ("Five people were shot, one fatally, on Saturday.", "one", 1, "killed", "people"),
    ("Five people were shot, one fatally, on Saturday.", "Five", 5, "casualties", "people"),
    # a headline's or a list's count, its casualty word after the number or its person noun
    ("3 dead, 5 hurt as storm hits coast", "3", 3, "killed", "people"),
    ("3 dead, 5 hurt as storm hits coast", "5", 5, "injured", "people"),
    ("Two critically injured after bus overturns", "Two", 2, "injured", "people"),
    ("Police: 6 people wounded in parking lot shooting", "6", 6, "injured", "people"),
    # people shot, whose sentence tells whether they lived
    ("Three other men were shot and wounded.", "Three", 3, "injured", "people"),
    ("Two teenagers were shot and killed near the park.", "Two", 2, "killed", "child"),
    # a count of incidents, whatever its sentence says of the dead
    ("Two separate shootings in the city leave a teenager dead.", "Two", 2, None, "separate shooting"),
    ("Six of those incidents were fatal.", "Six", 6, None, "incident"),
    ("Police are investigating three homicides.", "three", 3, "killed", "people"),
    ("Four people were shot and are expected to recover.", "Four", 4, "injured", "people"),
    ("Two people were shot and taken to hospital in stable condition.", "Two", 2, "injured", "people"),
    ("Two people were shot and taken to hospital, where one died.", "Two", 2, "casualties", "people"),
    ("Deputies found three victims with gunshot wounds outside the bar.", "three", 3, "injured", "people"),
    ("Two more gunshot victims arrived at the hospital by car.", "Two", 2, "injured", "people"),
    # ages are claims of their own, apart from the counts of an incident
    ("The suspect, 24, was arrested on Monday.", "24", 24, "age", "attacker"),
    ("Luis M. Ortega, 35; Dana Reyes, 29; and Tom Byrne, 41, died at the scene.", "35", 35, "age", None),
    ("Luis M. Ortega, 35; Dana Reyes, 29; and Tom Byrne, 41, died at the scene.", "29", 29, "age", None),
    ("Police said Marcus T. Hill Jr., 19 of Akron was shot twice.", "19", 19, "age", None),
    ("Two brothers, ages 16 and 18, were wounded.", "16", 16, "age", None),
    ("Two brothers, ages 16 and 18, were wounded.", "18", 18, "age", None),
    ("One of two boys, 9 and 6, has died.", "6", 6, "age", None),
    # a thing said to be attempted did not happen
    ("Three men were charged in 4 attempted murders.", "4", 4, None, "attempted murder"),
    ("A 23-year-old man was questioned.", "23", 23, "age", None),
    # the people who did the harm, and the shots, wounds and times a count of harm is not
    ("Two gunmen killed three people at the bar.", "Two", 2, None, "attacker"),
    ("Two gunmen killed three people at the bar.", "three", 3, "killed", "people"),
    ("Two officers shot the suspect outside the store.", "Two", 2, None, "officer"),
    ("Two boys were shooting at birds with a shotgun.", "Two", 2, None, "child"),
    ("Five people shot in Hot Springs, no suspect named", "Five", 5, "injured", "people"),
    ("The teenager was shot seven times during the break-in.", "seven", 7, None, "time"),
    ("The suspects fired more than 20 rounds at the car.", "more than 20", 20, None, "round"),
    ("The dog was found suffering from two gunshot wounds.", "two", 2, None, "gunshot wound"),
    ("Neighbours heard 12 shots before the car sped away.", "12", 12, None, "shot"),
    # cases of an illness, however the report counts them: one running count
    ("The ministry has reported 812 suspected cholera cases in the province.", "812", 812, "infected", "cases"),
    ("The number of suspected cases passed 500 on Thursday.", "500", 500, "infected", "cases"),
    ("The outbreak has sickened more than 340 people since February.", "more than 340", 340, "infected", "cases"),
    ("More than 4,000 people have tested positive for the virus.", "More than 4,000", 4000, "infected", "cases"),
    ("Health officials recorded 300 new infections on Friday.", "300", 300, "infected", "cases"),
    ("The court heard 12 cases on Monday.", "12", 12, None, "case"),
    # the level of a share is of what stands at it; a change by a share is of nothing named
    ("Final turnout was 61 percent, or 1.31 million voters.", "61 percent", 61, "share", "turnout"),
    ("The election commission put turnout at 59 percent.", "59 percent", 59, "share", "turnout"),
    ("Unemployment rose to 5.2 percent in May.", "5.2 percent", 5.2, "share", "unemployment"),
    ("Shares fell 5 percent on Monday.", "5 percent", 5, "share", None),
    # a noun of the event before "of", a verb that orders people out
    ("Train derailment forces evacuation of 2,000 residents", "2,000", 2000, "evacuated", "people"),
    ("About 2,000 residents were ordered to leave their homes on Friday.", "About 2,000", 2000, "evacuated", "people"),
    ("The arrest of 12 protesters drew a crowd on Sunday.", "12", 12, "arrested", "protester"),
    ("The indictment charges them with the attempted murders of five teenagers.", "five", 5, None, "child"),
    # the measure said again before the noun is not the kind of thing counted
    ("State environmental officials reported 3,500 dead fish in the creek.", "3,500", 3500, "killed", "fish"),
    ("At least 6 people were treated at East Hollow Regional Hospital, officials said.", "At least 6", 6, "injured", "people"),
    # counts that are not casualties
    ("The company hired 300 workers.", "300", 300, None, "worker"),
    ("The museum owns 40 paintings.", "40", 40, None, "painting"),
]

NOT_FIGURES = [
    # the number of an item of a numbered list
    ("2. Tunnelling is 38 percent complete.", "2."),
    ("3) The city's forecast is optimistic.", "3)"),
    # a cabin, a deck or a bed a person is in is a label
    ("Mark Ellery, 64, who spent two days confined to cabin 8214, said the crew had worked hard.", "8214"),
    ("The fire started on deck 7 of the ferry.", "7"),
    # a list of numbers to call
    ("Emergency numbers: 199 (Civil Defense) and 193 (Fire Department).", "199"),
    ("Emergency numbers: 199 (Civil Defense) and 193 (Fire Department).", "193"),
    # a flat's number
    ("Residents of flat 142 on the 14th floor raised the alarm at 00:54.", "142"),
    # the number a line answers on
    ("Relatives can reach the ministry's emergency line on 1400.", "1400"),
    # ten digits with no separator: a mobile number
    ("Helpline numbers for the families: 9419100112, 01996-233412.", "9419100112"),
    # a reference number an appeal asks the reader to quote
    ("Anyone with information should call 101, quoting incident 1245 of 12 September.", "1245"),
    # always, as "24/7" says it
    ("Families may call the hotline, which is open 24 hours a day.", "24"),
    ("The shelter is staffed seven days a week.", "seven"),
    # an address's flat, after the abbreviation that ends no sentence
    ("He lives at 10 Downing Street, Apt. 4B, and works in Room 101.", "4B"),
    ("Call Tel. 555 0199 or Ext. 12 now.", "12"),
    # a reference marker glued to the words it cites
    ("An estimated 6.7 million people face acute food insecurity (IPC Phase 3 or higher)1, including 1.2 million.", "1"),
    ("The gunman opened fire in the hallway, killing both.[3][7]", "7"),
    ("Three people died in the flood, the ministry said.[12] Roads were closed.", "12"),
    # a number after the capitalised word it belongs to names a thing
    ("A Boeing 737 landed safely in the storm.", "737"),
    ("The iPhone 15 went on sale on Friday.", "15"),
    ("Interstate 95 was flooded near the bridge.", "95"),
    ("Evacuation orders remain in effect for Zone 4B and Zone 5.", "4B"),
    ("Highway 29 remains closed between mile marker 14 and Elk Flat.", "14"),
    ("The jet came down two kilometres short of runway 27.", "27"),
    ("The leak was found at milepost 212, upstream of the intake.", "212"),
    ("The road between kilometre 14 and kilometre 22 will stay closed until Monday.", "14"),
    ("The ferry was moored at berth 5 when the fire started.", "5"),
    ("Anna Holt, who was sitting in row 14, said the cabin filled with smoke.", "14"),
    ("Reactor 4 was shut down after the blast.", "4"),
    ("Crews from Fire Station 14 responded within minutes.", "14"),
    ("Take exit 42 to reach the shelter.", "42"),
    ("Trams on lines 3 and 9 are suspended.", "9"),
    ("Gates 4, 5 and 6 were closed after the crush.", "5"),
    ("Apollo 11 landed on the Moon.", "11"),
    ("The Ultimate Place 2 B Bar closed early.", "2"),
    ("They met at Place 2-B downtown.", "2"),
    ("The minister visited the Camp 4 treatment centre on Sunday.", "4"),
    ("Wreaths were laid at the 9/11 memorial on Sunday.", "9/11"),
    ("The helpline is open 24/7 for families.", "24/7"),
    ("The 7/7 bombings changed the city.", "7/7"),
    ("Call 1-800-555-1234 with tips.", "800"),
    ("Call (317) 555-0199 with information.", "317"),
    ("Tips go to 800.555.1234.", "555"),
    ("For interviews call +44 20 7946 0958 before noon.", "20"),
    ("For interviews call +44 20 7946 0958 before noon.", "44"),
    ("The press office is on +33 (0)1 42 68 53 00 daily.", "42"),
    ("Ring the helpline on 020 7946 0958 for news of relatives.", "7946"),
    ("Families may call +1 212 555 0100 at any hour.", "212"),
    ("The shooting happened in the 300 block of Main Street.", "300"),
    ("He lives at 1600 Pennsylvania Avenue.", "1600"),
    ("Apollo 11 landed on the moon.", "11"),
    ("The Bulls won 102-98 on Sunday.", "102"),
    ("He was shot at 10:30 p.m. on Friday.", "10:30"),
    ("The 366th regiment moved north.", "366th"),
    ("Image 8 of 12 A woman died in the crash.", "8"),
    ("Photo 3 of 9: firefighters at the scene.", "9"),
    ("Five people were injured in a shooting at 2500 MLK Parkway.", "2500"),
]


def _quantities_at(sentence: str, words: str) -> list[claimledger.Claim]:
    at = sentence.index(words)
    return [c for c in claimledger.extract(sentence)
            if c.kind == "quantity" and c.span.start <= at < c.span.end and not c.notes]  # the figure, not a count worked out


@pytest.mark.parametrize(("sentence", "words", "what_key"), [
    # a share of a noun takes that noun's verb; a stance noun's "of" says what the share is, as its verb does
    ("The union is demanding a 9% rise.", "9%", "percent|demand"),
    ("The authority has offered a 4% rise, against the union's demand of 9%.", "4%", "percent|offer"),
    ("The authority has offered a 4% rise, against the union's demand of 9%.", "9%", "percent|demand"),
    ("The Port Halden Authority has offered 4%.", "4%", "percent|offer"),
    # a plural noun the parse took for a verb of the plural before it: the verb that governs both
    ("Police have detained at least 1,120 people at the Varesk protests, according to Civic Watch.", "1,120",
     "people|detain"),
    ("Three people protest outside the court every day.", "Three", "people|protest"),
    # "the number of" counts the noun after it, with that noun's own verb
    ("The number of ships waiting off Port Halden rose to 61 on Friday.", "61", "ship|wait"),
])
def test_what_a_figure_counts_and_its_verb(sentence: str, words: str, what_key: str) -> None:
    [claim] = _quantities_at(sentence, words)
    assert claim.what_key == what_key


@pytest.mark.parametrize(("sentence", "words", "value", "measure", "counted"), MEASURED)
def test_the_measure_and_the_counted_thing_whatever_the_wording(
        sentence: str, words: str, value: int, measure: str | None, counted: str | None) -> None:
    [claim] = _quantities_at(sentence, words)
    assert (claim.value, claim.measure, claim.counted) == (value, measure, counted)


@pytest.mark.parametrize(("sentence", "words"), NOT_FIGURES)
def test_numbers_in_names_phones_addresses_and_scores_are_not_figures(sentence: str, words: str) -> None:
    assert _quantities_at(sentence, words) == []


@pytest.mark.parametrize(("what_key", "unit", "measure"), [
    ("death toll|", None, "killed"), ("injury toll|", None, "injured"), ("people|lose life", None, "killed"),
    ("people|shoot", None, "casualties"), ("people|wound", None, "injured"), ("tonne ammonium|store", "tonne", "mass"),
    ("|cost", "USD", "money"), ("|rise", "percent", "share"), ("worker|hire", None, None), (None, None, None),
])
def test_the_measure_of_a_key_and_unit(what_key: str | None, unit: str | None, measure: str | None) -> None:
    assert measure_of(what_key, unit) == measure


def test_those_shot_less_those_shot_fatally_are_injured_where_no_figure_says_so() -> None:
    claims = claimledger.extract("Five people were shot, one fatally, on Saturday.")
    [injured] = [c for c in claims if c.measure == "injured"]
    assert (injured.value, injured.span.start, injured.span.end) == (4, 0, 34) and injured.notes


def test_the_counted_thing_leaves_out_the_unit_and_the_toll() -> None:
    assert counted_of("tonne ammonium|store", "tonne", "mass") == "ammonium"
    assert counted_of("death toll|", None, "killed") == "people"
    assert counted_of("victim|die", None, "killed") == "people"


@pytest.mark.parametrize("what_key", ["american|kill", "armenian|kill", "palestinian|kill", "rohingya|displace",
                                      "member|kill"])
def test_people_of_a_nation_or_a_family_are_people(what_key: str) -> None:
    assert counted_of(what_key, None, "killed") == "people"


@pytest.mark.parametrize(("sentence", "measures"), [
    # the part died, not the whole it is picked from
    ("Two of the four victims died at the hospital.", {2: "killed", 4: None}),
    ("Two of the victims died at the hospital.", {2: "killed"}),
    # the whole is said to die or be hurt; the part only tells who they were
    ("One of the two people who died was identified as a teacher.", {1: None, 2: "killed"}),
    ("Two of the four people killed were children.", {2: None, 4: "killed"}),
    ("Three of the 12 people injured were taken to hospital.", {3: None, 12: "injured"}),
    # a member picked out of the casualties, with nothing said of what befell them in particular
    ("A teenager who was 1 of 6 injured at the fair spoke on Monday.", {1: None, 6: "injured"}),
    ("One of the wounded victims was a nurse.", {1: None}),
    ("One of the people shot on Elm Street was a delivery driver.", {1: None}),
    ("One of the victims of Thursday's shooting outside the community center on Elm Street has died.", {1: "killed"}),
    ("One of them was grazed by a bullet.", {1: "injured"}),
])
def test_a_partitive_gives_its_measure_to_the_part_or_the_whole_the_sentence_says_it_of(
        sentence: str, measures: dict[int, str | None]) -> None:
    found = {c.value: c.measure for c in claimledger.extract(sentence) if c.kind == "quantity"}
    assert found == measures


@pytest.mark.parametrize("sentence", [
    "Those two children were not injured.",
    "There were three customers who weren't injured in the robbery.",
    "The two people in the home who were not hurt were questioned by detectives.",
    "Four passengers escaped unharmed, and the 2 crew members were never hurt.",
    "The four guards were not seriously injured, the warden said.",
])
def test_people_said_to_be_unharmed_are_no_casualty_count(sentence: str) -> None:
    quantities = [c for c in claimledger.extract(sentence) if c.kind == "quantity" and c.measure != "age"]
    assert quantities and all(c.measure is None for c in quantities)


@pytest.mark.parametrize(("sentence", "value"), [
    ("Pastor Ray Lund Identified as One of Victims Killed in Dunmore Shooting", 1),
    ("The gunman shot three more people outside a store in the city of about 87,000 people.", 87000),
    ("Two men were wounded in the town of some 4,500 residents, police said.", 4500),
    ("A witness who was shot in the arm said there was more than one person shooting.", 1),
    ("Police said two men firing from a car wounded a woman on the porch.", 2),
    # a parent's children, a crowd, the people who did the harm in a relative clause
    ("A mother of two, 21-year-old Ana Ruiz, died at the scene.", 2),
    ("He shot five people in a crowd of a thousand at the fair.", 1000),
    ("Two police officers who shot and killed a homeowner returned to work on Tuesday.", 2),
    ("One of two suspects in a shooting that wounded three people was indicted today.", 2),
    # a headline cut inside "6-year-old"
    ("Officer claims self-defense in shooting that killed 6-y - WXYZ 9 News", 6),
])
def test_a_population_the_people_shooting_or_one_picked_out_are_no_casualty_count(sentence: str, value: int) -> None:
    found = {c.value: c.measure for c in claimledger.extract(sentence) if c.kind == "quantity"}
    assert value in found and found[value] is None


@pytest.mark.parametrize(("sentence", "value", "measure"), [
    ("Shooting kills three and wounds two outside a nightclub", 2, "injured"),
    ("Storm kills 4, injures 12 across the county", 12, "injured"),
    ("A shooting at the school fatally wounded one student on Wednesday.", 1, "killed"),
    ("The gunman fatally shot two people and wounded three others.", 2, "killed"),
    ("Tracey Morgan was fatally shot 11 times in the arm and foot.", 11, None),
    # the casualty word right after the number says its measure, whatever the parse ties it to
    ("One dead, three others injured in Taunton shooting", 1, "killed"),
    ("Two dead, one hurt in shooting on Elm Street", 2, "killed"),
    ("He stabbed two people to death in the park.", 2, "killed"),
    ("Police say one wounded woman died after being taken to hospital.", 1, "killed"),
])
def test_the_verb_before_a_bare_count_gives_its_measure(sentence: str, value: int, measure: str) -> None:
    found = {c.value: c.measure for c in claimledger.extract(sentence) if c.kind == "quantity"}
    assert found[value] == measure


@pytest.mark.parametrize(("text", "whole", "part", "measure"), [
    ("A man was killed and three others were wounded. Two other victims, a man and a woman, were listed in "
     "serious condition.", 3, 2, None),
    # some of the hurt whose lives are in danger are counted as such, so reports of them meet
    ("Four people were shot outside the bar. Two victims remain hospitalized in critical condition.", 4, 2, "critical"),
    ("Police said five people were injured in the crash. Two men were in critical condition on Sunday.", 5, 2, "critical"),
    ("Twenty-two others were injured, and six of them remain in critical condition.", 22, 6, "critical"),
    ("Six of the 22 people injured remained in critical condition, the police chief said.", 22, 6, "critical"),
])
def test_a_count_that_only_tells_the_condition_of_some_of_the_hurt_is_part_of_their_count(
        text: str, whole: int, part: int, measure: str | None) -> None:
    quantities = {c.value: c for c in claimledger.extract(text) if c.kind == "quantity"}
    assert quantities[whole].measure == "injured"
    assert quantities[part].measure == measure and quantities[part].part_of == quantities[whole].id


def test_a_count_of_the_hurt_in_a_condition_is_their_count_where_the_document_gives_no_other() -> None:
    [count] = [c for c in claimledger.extract("Two victims were listed in critical condition after the shooting.")
               if c.kind == "quantity"]
    assert (count.value, count.measure) == (2, "injured")


@pytest.mark.parametrize(("text", "value", "measure"), [
    ("The health ministry says 23 people have died in the outbreak. The opposition says at least 30.", 30, "killed"),
    ("Police said 4 people were shot outside the bar. Witnesses said 6.", 6, "injured"),
    ("Police said 4 people were shot outside the bar. He said 6 times that he was sorry.", 6, None),
])
def test_a_bare_figure_a_source_says_counts_what_the_count_before_it_counts(text: str, value: int,
                                                                           measure: str | None) -> None:
    found = {c.value: c.measure for c in claimledger.extract(text) if c.kind == "quantity"}
    assert found[value] == measure


ADDED_TO_A_TOLL = [
    ("The death toll rose to 17 on Wednesday after rescuers recovered five more bodies.", "five", "17"),
    ("A week on, the death toll stands at 21 after two injured miners died in hospital.", "two", "21"),
    ("The toll has risen to 40, with another 6 deaths confirmed overnight.", "6", "40"),
    ("The number of confirmed cholera cases rose to 412, with 40 new cases on Tuesday.", "40", "412"),
]


@pytest.mark.parametrize(("sentence", "change", "whole"), ADDED_TO_A_TOLL)
def test_a_figure_that_brought_a_count_to_its_new_figure_is_some_of_it(sentence: str, change: str, whole: str) -> None:
    [added] = _quantities_at(sentence, change)
    [total] = _quantities_at(sentence, whole)
    assert added.part_of == total.id
    assert added.measure is None and total.measure is not None


BESIDES_NOT_ADDED = [
    ("Three people died and another 12 were injured.", "12", "injured"),
    ("A further 23 miners remain unaccounted for.", "23", "missing"),
    ("At least 12 miners were killed and 30 others remain trapped.", "30", "missing"),
    ("Two more people died on Friday, officials said.", "Two", "killed"),
    ("Rescuers said 8 workers were trapped under the rubble.", "8", "missing"),
]


@pytest.mark.parametrize(("sentence", "words", "measure"), BESIDES_NOT_ADDED)
def test_a_count_besides_others_keeps_its_measure(sentence: str, words: str, measure: str) -> None:
    [claim] = _quantities_at(sentence, words)
    assert claim.part_of is None
    assert claim.measure == measure


@pytest.mark.parametrize(("sentence", "earlier", "total", "measure", "counted"), [
    ("Some 610 people crossed the strait on Sunday, the highest number this year, bringing the total for 2025 to 4,730.",
     610, 4730, None, "people"),
    ("Another 300 homes were evacuated, taking the total to 2,100.", 300, 2100, "evacuated", "home"),
])
def test_a_bare_total_the_figure_before_brought_to_counts_what_it_counts(
        sentence: str, earlier: int, total: int, measure: str | None, counted: str) -> None:
    claims = {c.value: c for c in claimledger.extract(sentence, published="2025-03-11") if c.kind == "quantity"}
    assert (claims[total].measure, claims[total].counted) == (measure, counted)
    assert claims[earlier].part_of == claims[total].id


def test_a_measurement_s_gapped_figure_counts_the_same_thing_at_its_own_place() -> None:
    text = "The snowfall reached 22 inches in Carver and 19 inches at Lakeport International Airport, the weather service said."
    figures = sorted((c.value, c.unit, c.measure, c.what_key, c.place) for c in claimledger.extract(text) if c.kind == "quantity")
    assert figures == [(19, "inch", "length", "inch|reach", "Lakeport International Airport"),
                       (22, "inch", "length", "inch|reach", "Carver")]


def test_a_count_told_of_two_days_in_one_document_is_its_state_then_what_it_became() -> None:
    text = ("At the height of the storm on Saturday, about 212,000 customers were without power. As of 6 p.m. Sunday, "
            "service had been restored to all but 48,500 customers.")
    figures = {c.value: c for c in claimledger.extract(text, published="2027-01-17") if c.kind == "quantity"}
    assert figures[48500].changed_from == figures[212000].id


def test_a_source_s_bare_figure_before_another_source_s_count_is_of_that_count() -> None:
    text = "The police say 4,500. Our own volunteers counted 12,000 people coming into Freedom Square on Saturday night."
    figures = {c.value: c for c in claimledger.extract(text, published="2026-05-03") if c.kind == "quantity"}
    assert (figures[4500].measure, figures[4500].attributed_to) == ("attended", "police")
    assert figures[12000].measure == "attended"


def test_a_person_who_died_after_collapsing_is_a_count_of_an_incident() -> None:
    [count] = [c for c in claimledger.extract("A 34-year-old man died after collapsing near the 35 km mark of the marathon.")
               if c.kind == "quantity" and c.measure == "killed"]
    assert count.value == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("The death toll from the tornadoes rose to 23 on Monday, with 16 deaths in Kentana and 7 in Tennera, officials said.",
     [(7, "killed", "Tennera"), (16, "killed", "Kentana"), (23, "killed", None)]),
    ("Kentana Emergency Management said 13 people died in the state, 9 of them in Millbrook.",
     [(9, "killed", "Millbrook"), (13, "killed", "Kentana")]),
    ("The Tennera Department of Health reported 6 deaths.", [(6, "killed", "Tennera")]),
    ("In Millbrook alone, 11 people were killed.", [(11, "killed", "Millbrook")]),
])
def test_each_place_s_count_of_an_incident_carries_its_place(text: str, expected: list[tuple[int, str, str | None]]) -> None:
    figures = sorted((c.value, c.measure, c.place) for c in claimledger.extract(text, published="2026-03-16")
                     if c.kind == "quantity")
    assert figures == expected


def test_the_condition_of_some_of_the_injured_stated_critical_is_a_part_of_them() -> None:
    claims = {c.value: c for c in claimledger.extract(
        "Of the 30 injured, the condition of five is stated to be critical, a doctor said.") if c.kind == "quantity"}
    assert (claims[30].measure, claims[30].attributed_to) == ("injured", "doctor")
    assert (claims[5].measure, claims[5].part_of) == ("critical", claims[30].id)


def test_bare_cases_in_a_document_about_an_outbreak_are_its_infections() -> None:
    outbreak = "Our teams are seeing the outbreak grow every day. Over 6,000 cases have been reported."
    [cases] = [c for c in claimledger.extract(outbreak) if c.kind == "quantity"]
    assert (cases.measure, cases.counted) == ("infected", "cases")
    court = "The court has a backlog. Over 6,000 cases have been reported to the registry."
    [backlog] = [c for c in claimledger.extract(court) if c.kind == "quantity"]
    assert backlog.measure is None


@pytest.mark.parametrize(("text", "value"), [
    ("Marova's cholera outbreak has spread to 11 districts, the health ministry said.", 11),
    ("Nine of the country's 28 districts have reported cases.", 9),
    ("The ministry has reported 4,312 suspected cholera cases, including 87 deaths (case fatality ratio 2.0%), "
     "in nine districts.", 9),
])
def test_the_places_an_outbreak_reached_are_a_count_of_them(text: str, value: int) -> None:
    claims = {c.value: c for c in claimledger.extract(text) if c.kind == "quantity"}
    assert (claims[value].measure, claims[value].counted, claims[value].part_of) == ("affected", "district", None)
    assert 28 not in claims or claims[28].measure is None  # all the districts there are


def test_places_where_something_else_happened_are_not_places_an_outbreak_reached() -> None:
    claims = {c.value: c for c in claimledger.extract("Greenleaf shipped the kits to retailers in 14 states.") if c.kind == "quantity"}
    assert claims[14].measure is None


@pytest.mark.parametrize(("sentence", "restated"), [
    ("The government announced US$ 10 million in emergency funds, the equivalent of R$ 50 million.", 50_000_000),
    ("The fund pledged £2 billion in aid (about $2.5 billion) to the region.", 2_500_000_000),
    ("The bank lent 5 million euros in loans to farmers, or about $5.4 million.", 5_400_000),
    ("The fund pledged £2 billion in aid, worth about $2.5 billion.", 2_500_000_000),
])
def test_a_sum_restated_in_another_currency_counts_what_the_sum_counts(sentence: str, restated: int) -> None:
    sums = [c for c in claimledger.extract(sentence) if c.kind == "quantity" and c.measure == "money"]
    first = sums[0]
    [again] = [c for c in sums if c.value == restated]
    assert first.counted is not None and (again.counted, again.what_key) == (first.counted, first.what_key)


@pytest.mark.parametrize("sentence", [
    "Nordchem has set up a helpline for residents on 800 300 900.",
    "The helpline at 0800 123 456 is open all day.",
    "Relatives can reach the emergency line on 1400.",
])
def test_a_line_s_number_grouped_by_spaces_is_no_figure(sentence: str) -> None:
    assert [c for c in claimledger.extract(sentence) if c.kind == "quantity" and c.unit is None] == []


def test_a_bare_measurement_measures_the_matter_its_document_names_in_that_unit() -> None:
    text = ("Less than 5 tonnes of ammonia had escaped, the company said. Engineers put it higher. "
            "The 12 tonnes they estimated would fill a tanker.")
    counted = {c.value: c.counted for c in claimledger.extract(text) if c.kind == "quantity"}
    assert counted == {5: "ammonia", 12: "ammonia"}


def test_pounds_in_a_report_whose_other_pounds_are_money_are_sterling() -> None:
    text = ("She had claimed 52,300 pounds in expenses. Marsh said the figure was 48,000 pounds. "
            "The parcel weighed 3 pounds.")
    units = {c.value: c.unit for c in claimledger.extract(text) if c.kind == "quantity"}
    assert units == {52300: "GBP", 48000: "GBP", 3: "pound"}


def test_a_sum_called_only_the_figure_counts_what_the_sum_before_it_counts() -> None:
    text = "She wrongly claimed £52,300 in expenses. Ms Marsh puts the figure at £48,000."
    sums = {c.value: (c.counted, c.what_key) for c in claimledger.extract(text) if c.kind == "quantity"}
    assert sums == {52300: ("expense", "expense|claim"), 48000: ("expense", "figure|")}


@pytest.mark.parametrize(("sentence", "value", "counted", "unit"), [
    ("Delhara's air quality index touched 452 on Wednesday.", 452, "air quality index", None),
    ("The index eased to 398 on Thursday, after reaching 452 on Wednesday.", 452, "index", None),
    ("The concentration of PM2.5 was 318 micrograms per cubic metre at Anand Nagar.", 318, "concentration", "µg/m3"),
    ("PM2.5 was 318 micrograms per cubic metre at Anand Nagar, more than 21 times the WHO's 24-hour guideline of 15.", 15,
     "hour guideline", "µg/m3"),
    ("The WHO's annual guideline is 5 micrograms per cubic metre.", 5, "annual guideline", "µg/m3"),
])
def test_a_level_is_of_the_noun_that_holds_it_in_the_unit_it_is_set_against(
        sentence: str, value: int, counted: str, unit: str | None) -> None:
    [claim] = [c for c in claimledger.extract(sentence) if c.kind == "quantity" and c.value == value]
    assert (claim.counted, claim.unit) == (counted, unit)


def test_a_level_that_eased_after_reaching_a_figure_changed_from_it() -> None:
    claims = {c.value: c for c in claimledger.extract("The index eased to 398, after reaching 452.") if c.kind == "quantity"}
    assert claims[398].changed_from == claims[452].id


@pytest.mark.parametrize("text", [
    "Nearly 300 people have now been sickened in a norovirus outbreak on the ship, the cruise line said Thursday, "
    "including 276 guests and 21 crew members.",
    "SOUTHAMPTON, England (Wire) — Nearly 300 people have now been sickened in a norovirus outbreak on the ship, the "
    "cruise line said Thursday, including 276 guests and 21 crew members.",
])
def test_a_list_that_hangs_on_the_saying_is_of_the_count_it_reports(text: str) -> None:
    figures = {c.value: c for c in claimledger.extract(text) if c.kind == "quantity"}
    assert figures[276].part_of == figures[300].id and figures[21].part_of == figures[300].id
    assert (figures[276].measure, figures[276].counted, figures[21].counted) == ("infected", "passenger", "crew")


def test_a_part_that_only_says_who_its_people_are_takes_its_whole_s_measure() -> None:
    text = ("More than 230 people aboard the ship have fallen ill with norovirus, the agency said.\n\n"
            "Of those, 212 are passengers and 18 are crew members, the agency said.")
    figures = {c.value: c for c in claimledger.extract(text) if c.kind == "quantity"}
    assert figures[212].part_of == figures[230].id and figures[18].part_of == figures[230].id
    assert [(figures[v].measure, figures[v].counted) for v in (212, 18)] == [("infected", "passenger"), ("infected", "crew")]


def test_a_count_a_source_gave_earlier_is_the_state_before_the_one_given_now() -> None:
    text = ("Nearly 300 people have now been sickened on the ship, the cruise line said, including 276 guests and 21 "
            "crew members.\n\nThe health agency said earlier this week that 212 passengers and 18 crew had fallen ill.")
    figures = {c.value: c for c in claimledger.extract(text, published="2026-05-08") if c.kind == "quantity"}
    assert figures[276].changed_from == figures[212].id and figures[21].changed_from == figures[18].id


def test_a_count_s_party_and_place_keep_it_apart_from_the_count_of_every_flight() -> None:
    text = ("Cancellations worldwide have risen to 3,400, FlightWatch says, including 1,300 in the United States.\n\n"
            "Delta Air Lines alone cancelled 3,500 flights between Friday and Sunday.\n\n"
            "Delta Air Lines said on Monday it had cancelled more than 4,000 flights since Friday.")
    figures = {c.value: c for c in claimledger.extract(text, published="2026-07-20") if c.kind == "quantity"}
    assert (figures[1300].measure, figures[1300].place, figures[1300].part_of) == ("cancelled", "United States",
                                                                                  figures[3400].id)
    assert (figures[3500].place, figures[4000].place, figures[3400].place) == ("Delta Air Lines", "Delta Air Lines", None)


def test_a_day_s_tally_of_cancellations_is_of_that_day() -> None:
    text = "More than 2,100 flights at Lakeport International Airport were cancelled on Saturday."
    [flights] = [c for c in claimledger.extract(text, published="2027-01-17") if c.kind == "quantity"]
    assert (flights.measure, flights.period) == ("cancelled", "2027-01-16")


@pytest.mark.parametrize(("text", "value", "counted"), [
    ("The gunman killed 19 children and two teachers on Tuesday.", 19, "child"),
    ("The gunman killed 19 children and two teachers on Tuesday.", 2, "teacher"),
    ("Twenty-one people were killed, 19 children and two teachers.", 19, "child"),
    ("The death toll rose to 21 on Wednesday, including 19 children and two teachers, state police said.", 19, "child"),
    ("The gunman opened fire at the school, killing 14 children and a teacher.", 14, "child"),
])
def test_a_mass_casualty_toll_s_kinds_of_people_are_counts_of_their_own(text: str, value: int, counted: str) -> None:
    [part] = [c for c in claimledger.extract(text) if c.kind == "quantity" and c.value == value and not c.notes]
    assert (part.measure, part.counted) == ("killed", counted) and part.part_of is not None


@pytest.mark.parametrize(("text", "value"), [
    ("An 18-year-old gunman opened fire at the school.", 18),
    ("The suspect, Colby Mace, 19, had bought two rifles days before.", 19),
    ("Police said the shooter, 18, was killed by officers.", 18),
])
def test_an_age_said_of_the_attacker_is_the_attacker_s(text: str, value: int) -> None:
    [age] = [c for c in claimledger.extract(text) if c.kind == "quantity" and c.value == value]
    assert (age.measure, age.counted) == ("age", "attacker")


def test_a_victim_s_age_is_no_attacker_s() -> None:
    [age] = [c for c in claimledger.extract("Victim Ana Ruiz, 9, was a fourth-grader.") if c.kind == "quantity"]
    assert (age.measure, age.counted) == ("age", None)


@pytest.mark.parametrize(("text", "place"), [
    ("Cancellations have risen to 3,400, including 1,300 in the United States.", "United States"),
    ("Three people were shot in the Bronx on Sunday.", None),
])
def test_a_place_after_the_is_a_name_of_two_words(text: str, place: str | None) -> None:
    figures = [c for c in claimledger.extract(text) if c.kind == "quantity" and c.value in (1300, 3)]
    assert [c.place for c in figures] == [place]


def test_a_bare_figure_under_a_question_of_other_people_is_no_count_of_the_figure_before() -> None:
    text = ("The strike kept 410 schools closed for a fourth day.\n\nHow many teachers walked out on Tuesday is disputed: "
            "the ministry counted fewer than 18,000, the union more than 30,000.")
    figures = {c.value: c for c in claimledger.extract(text, published="2026-10-08") if c.kind == "quantity"}
    assert figures[410].measure == "closed" and figures[18000].measure != "closed"
