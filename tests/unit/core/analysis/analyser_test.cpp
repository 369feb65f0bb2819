// The shipped analyser: each finding type, negation, questions, hedges, other people's words,
// the past, offsets and Unicode.
#include "core/analysis/analyser.h"

#include <gtest/gtest.h>

#include "tests/unit/core/analysis/shipped_analyser.h"

namespace refuge::analysis {
namespace {

using testing::confidence_of;
using testing::finds;
using testing::shipped;
using T = FindingType;

struct TypeCase {
  T type;
  const char* yes;
  const char* no;
};

// One sentence that shows the type and one close to it that does not.
const TypeCase kCases[] = {
    {T::all_or_nothing, "I ruined everything, the whole day is completely wasted",
     "I enjoyed the whole day"},
    {T::overgeneralizing, "I always mess things up", "I always walk to work"},
    {T::labeling, "I'm such an idiot", "I made a mistake in the report"},
    {T::fortune_telling, "I'm going to fail the interview", "I'm going to the interview"},
    {T::mind_reading, "They probably think I'm boring", "I think the film was boring"},
    {T::emotional_reasoning, "I feel like a fraud so I must be one", "I had lunch with a friend"},
    {T::should_statements, "I should have known better", "The bus comes at nine"},
    {T::personalizing, "It's all my fault they broke up", "They broke up last year"},
    {T::disqualifying_positive, "I passed but it was just luck", "I passed the exam"},
    {T::catastrophizing, "My life is ruined, I can't cope", "My day was fine"},
    {T::comparing, "Everyone else is better than me", "My sister lives in Leeds"},
    {T::blaming, "It's all his fault that I'm unhappy", "He cooked dinner for us"},
    {T::belief_too_much, "I'm too much for people, I'm too needy", "I ate too much cake"},
    {T::belief_not_enough, "I'm just not good enough", "The soup is good"},
    {T::belief_unlovable, "Nobody could ever love me", "My dog loves me"},
    {T::belief_must_be_perfect, "I have to be perfect or they'll reject me", "The weather is nice"},
    {T::belief_abandonment, "Everyone leaves me in the end", "I left the office at five"},
    {T::belief_burden, "I'm a burden to my family", "I carried the shopping for my family"},
    {T::belief_distrust, "I can't trust anyone, people always lie", "I trust my doctor"},
    {T::self_criticism, "What is wrong with me, I hate myself", "I like my new haircut"},
    {T::crisis, "i want to end my life", "this exam is killing me"},
};

TEST(Analyser, EveryTypeHasAPositiveAndANegativeCase) {
  std::size_t covered = 0;
  for (const TypeCase& c : kCases) {
    EXPECT_TRUE(finds(c.yes, c.type)) << finding_type_id(c.type) << ": " << c.yes;
    EXPECT_EQ(confidence_of(c.no, c.type), 0) << finding_type_id(c.type) << ": " << c.no;
    ++covered;
  }
  EXPECT_EQ(covered, kFindingTypeCount);
}

// Ways of saying the rarer traps, written from Burns's descriptions (not from any data set).
TEST(Analyser, RecognisesTheRarerTrapsInEverydayWords) {
  const std::pair<T, const char*> kYes[] = {
      {T::blaming, "my flatmate should clean up after herself"},
      {T::blaming, "why would you leave the door open again"},
      {T::labeling, "my manager is so selfish"},
      {T::blaming, "my manager is so selfish, it's his fault i'm exhausted"},
      {T::blaming, "my neighbours ruin my week with their noise"},
      {T::comparing, "my cousins all seem happier"},
      {T::comparing, "everybody at the gym is fitter, apart from me"},
      {T::comparing, "i wish i was as confident as my brother"},
      {T::disqualifying_positive, "anyone could have done that presentation"},
      {T::disqualifying_positive, "my drawings are worthless"},
      {T::disqualifying_positive, "i only got the place because they needed people"},
      {T::personalizing, "i didn't explain the task properly"},
      {T::personalizing, "i shouldn't have said anything"},
      {T::fortune_telling, "im scared my landlord will say no"},
      {T::mind_reading, "my father in law thinks i am lazy"},
      {T::mind_reading, "my colleagues are laughing at me"},
      {T::labeling, "am i stupid"},
      {T::labeling, "i am a useless employee"},
      // Patterns whose phrases had been written among alternatives and never matched.
      {T::blaming, "my ex is to blame for all of this"},
      {T::emotional_reasoning, "it makes me feel worthless"},
      {T::disqualifying_positive, "i do so much around here and you are harping at me"},
      {T::disqualifying_positive, "i did all the work but she got the credit"},
      {T::comparing, "my friends have all bought houses but i still rent"},
      {T::disqualifying_positive, "if they knew what i was really like they would leave"},
      // Guesses about others' minds held as near-certain, and comparisons in one breath.
      {T::mind_reading, "my manager must hate me"},
      {T::mind_reading, "the director probably thinks i'm a joke now"},
      {T::mind_reading, "they've clearly decided i'm not good enough"},
      {T::mind_reading, "they all secretly find me annoying"},
      {T::mind_reading, "she was just being polite"},
      {T::mind_reading, "i must look awful to everyone"},
      {T::mind_reading, "my boyfriend's friends don't like me, i can just tell"},
      {T::mind_reading, "mum must be so disappointed in me"},
      {T::comparing, "her kids are so well behaved and mine are wild"},
      {T::comparing, "everyone on instagram has a perfect body and then there's me"},
      {T::comparing, "i dont measure up to my older brother"},
      {T::blaming, "my boss set me up to fail"},
      {T::blaming, "they're the only reason i'm stressed"},
      {T::fortune_telling, "she'll probably say no"},
      {T::overgeneralizing, "of course this kind of thing always happens to me"},
      {T::overgeneralizing, "why does the bus always break down when i'm late"},
      {T::catastrophizing, "the client pulled out of the deal, my career is finished"},
      {T::catastrophizing, "i've had a sore throat for two days so it's probably something serious"},
      {T::all_or_nothing, "i ate a biscuit so the diet's blown, i might as well finish the packet"},
      {T::personalizing, "if i'd been a better mum, my son wouldn't be struggling now"},
      {T::mind_reading, "the neighbours obviously don't like us"},
      {T::mind_reading, "my partner's in a bad mood, it must be something i said"},
      {T::mind_reading, "he's quiet at dinner, he's probably planning to leave me"},
      {T::disqualifying_positive, "the teacher said my bowl was lovely, but she says that to everyone"},
      {T::comparing, "the rest of the class are miles ahead of me"},
      {T::blaming, "the referee cost us the game"},
      {T::should_statements, "guests should at least pretend to enjoy the food"},
      {T::fortune_telling, "my stomach's in knots, which tells me something's going to go wrong"},
      {T::labeling, "forty applications and no offers, i'm unemployable"},
      // Phone typing: "ill" for "I'll", text-speak, a feeling read as a sign.
      {T::fortune_telling, "the exam went fine but next one ill crash and burn"},
      {T::mind_reading, "i have to wait 2hrs or ill look desperate"},
      {T::emotional_reasoning, "this cringey embarrassed feeling means i def said something wrong"},
      {T::emotional_reasoning, "i feel like im going crazy so maybe i realy am"},
      {T::catastrophizing, "got a text from the surgery asking me to come in, it has to be bad news"},
      {T::disqualifying_positive, "my physio says im making progress but she has to say that"},
      {T::disqualifying_positive, "got a compliment on my outfit but she prob meant it sarcastically"},
      {T::fortune_telling, "shes going to stop asking me soon"},
      {T::mind_reading, "hes clearly losing interest"},
      {T::mind_reading, "they must all be so done with me"},
      {T::mind_reading, "nobody would even notice if i left the group chat"},
      {T::personalizing, "group chat went dead right after i sent that meme, i killed the vibe again"},
      {T::personalizing, "when ppl laugh on the bus i assume its about me"},
      {T::comparing, "everyone on linkedin is thriving and im just unemployed"},
      {T::personalizing, "the study group broke up because i suggested changing the time"},
      {T::personalizing, "the team missed the target and that's on me"},
      {T::mind_reading, "they'll all be talking about me at the reunion"},
      {T::mind_reading, "the cashier looked at me like i was broke"},
      {T::emotional_reasoning, "i feel out of place here, which proves i don't belong"},
      {T::disqualifying_positive, "mum thanked me for helping, but she'd have thanked anyone"},
      {T::disqualifying_positive, "they laughed at my joke, but that was just pity"},
      {T::comparing, "my sister has a house, a husband and kids, and i have nothing"},
      {T::comparing, "priya got promoted, which proves i'm less capable than everyone"},
      {T::blaming, "the project failed because my manager set a ridiculous deadline"},
      {T::blaming, "the kids act out because their father spoils them, that's all on him"},
      {T::overgeneralizing, "everything i love gets taken away from me"},
      {T::catastrophizing, "he's late again, he's probably been in a crash"},
      {T::catastrophizing, "with this diagnosis a normal life is gone for good"},
      {T::mind_reading, "the grandkids don't visit because they find me dull"},
      {T::disqualifying_positive, "they only clapped at the end because they had to"},
      {T::disqualifying_positive, "he tells me i'm beautiful to keep the peace"},
      {T::mind_reading, "my supervisor flagged one weak section, so she obviously thinks it's rubbish"},
      {T::mind_reading, "the young ones at the club see me as a relic"},
      {T::mind_reading, "everyone on the beach is staring at my stomach"},
      {T::comparing, "she got the promotion and i didn't"},
      {T::comparing, "why can't i think on my feet like tom does"},
      {T::blaming, "my parents messed me up"},
      {T::blaming, "the whole group fell apart and it's entirely jess's fault"},
      {T::should_statements, "he's supposed to want to spend his evenings with me"},
      {T::emotional_reasoning, "the guilt is unbearable, which proves i've abandoned them"},
      {T::personalizing, "if i'd been a better kid, mum and dad would still be together"},
      {T::mind_reading, "she must have decided i'm not worth her time"},
      {T::mind_reading, "the professor marked me down because he has it in for me"},
      {T::mind_reading, "everyone looked bored at my dinner party"},
      {T::disqualifying_positive, "the audience clapped, but they clap for everyone"},
      {T::disqualifying_positive, "when people say i look nice, it's only out of pity"},
      {T::comparing, "my friends all have such exciting lives compared to mine"},
      {T::comparing, "mum always liked my sister better"},
      {T::comparing, "i must be the dumbest one there"},
      {T::blaming, "tom hijacked the meeting and made me look stupid"},
      {T::blaming, "my money problems are all his doing"},
      {T::should_statements, "a real friend would have remembered"},
      {T::labeling, "men are all liars"},
      {T::fortune_telling, "i'll be single forever at this rate"},
  };
  for (const auto& [type, text] : kYes) {
    EXPECT_TRUE(finds(text, type)) << finding_type_id(type) << ": " << text;
  }
  const std::pair<T, const char*> kNo[] = {
      {T::blaming, "my sister should arrive at six"},
      {T::comparing, "i went to the shop with other people from work"},
      {T::disqualifying_positive, "my drawings are on the wall"},
      {T::personalizing, "i explained the task to the new starter"},
      {T::blaming, "she made me a cup of tea"},
      {T::blaming, "it's not their fault"},
      {T::blaming, "i didn't fail because of my parents"},
      {T::blaming, "my manager shouldn't be blamed"},
      {T::blaming, "nobody is to blame"},
      {T::all_or_nothing, "i don't feel worthless anymore"},
      {T::blaming, "they should have the results by friday"},
      {T::disqualifying_positive, "it was only a short walk"},
      {T::all_or_nothing, "i am not able to come tomorrow, sorry"},
      {T::overgeneralizing, "my friends are all coming to the barbecue"},
      {T::comparing, "my friends are all coming to the barbecue"},
      {T::disqualifying_positive, "i did my best and it went well"},
      {T::emotional_reasoning, "she makes me feel safe"},
      {T::mind_reading, "my friends find my jokes funny"},
      {T::mind_reading, "i could tell the cake was burnt"},
      {T::comparing, "my mum called and i'm still in bed"},
      {T::fortune_telling, "it will probably be fine"},
      {T::fortune_telling, "i'm disappointed, but i know it'll come off"},
      {T::should_statements, "i must look awful in this"},
      {T::should_statements, "my friends must be sick of me"},
      {T::mind_reading, "he didn't respect our agreement"},
      {T::catastrophizing, "my shift is finished, time to go home"},
      {T::mind_reading, "i did it on purpose"},
      {T::disqualifying_positive, "i didn't do anything wrong"},
      {T::disqualifying_positive, "i didn't mean it, sorry"},
      {T::fortune_telling, "we will end up at the pub"},
      {T::emotional_reasoning, "i feel fine so i am going for a run"},
      {T::mind_reading, "wish i could tell him about my new job"},
      {T::personalizing, "i stayed home because i had a cold"},
      {T::personalizing, "my girlfriend is going to leave because i never listen"},
      {T::blaming, "i'm happy because my mum visited"},
      {T::mind_reading, "i met another woman at the gym"},
      {T::mind_reading, "i came across an old photo and felt sad"},
      {T::blaming, "the medication took away my pain"},
      {T::disqualifying_positive, "she would never hurt anyone"},
      {T::catastrophizing, "we are finished for today"},
      {T::blaming, "it's entirely my fault"},
      {T::comparing, "i sat next to my friends at the concert"},
      {T::fortune_telling, "we will end up at the pub"},
  };
  for (const auto& [type, text] : kNo) {
    EXPECT_FALSE(finds(text, type)) << finding_type_id(type) << ": " << text;
  }
}

// Everyday ways of saying each trap, written for Refuge from Burns's descriptions.
TEST(Analyser, RecognisesEverydayWaysOfSayingEachTrap) {
  const std::pair<T, const char*> kCasesByTrap[] = {
      {T::all_or_nothing, "i ruined the whole evening, it was a complete disaster"},
      {T::catastrophizing, "i ruined the whole evening, it was a complete disaster"},
      {T::all_or_nothing, "if i don't get an A it's pointless"},
      {T::all_or_nothing, "either i do it perfectly or i'm a failure"},
      {T::overgeneralizing, "nothing ever works out for me"},
      {T::overgeneralizing, "this always happens to me"},
      {T::overgeneralizing, "every relationship i have ends badly"},
      {T::overgeneralizing, "men are all the same"},
      {T::labeling, "i'm such a loser"},
      {T::labeling, "im pathetic"},
      {T::labeling, "he is a total idiot"},
      {T::blaming, "he ruined my birthday, he is a total idiot"},
      {T::fortune_telling, "i know i'm going to mess up the interview"},
      {T::fortune_telling, "it's never going to get better"},
      {T::fortune_telling, "i'll end up alone"},
      {T::catastrophizing, "i'll end up alone"},
      {T::mind_reading, "she probably thinks i'm an idiot"},
      {T::mind_reading, "they all think i'm weird"},
      {T::mind_reading, "my teacher hates me"},
      {T::emotional_reasoning, "i feel guilty so i must have done something wrong"},
      {T::emotional_reasoning, "i feel ugly so i must be ugly"},
      {T::emotional_reasoning, "i feel like everyone is against me"},
      {T::should_statements, "i should be over this by now"},
      {T::should_statements, "i must never make mistakes"},
      {T::should_statements, "i have to be the best"},
      {T::personalizing, "my son failed his exam because i'm a bad mom"},
      {T::labeling, "my son failed his exam because i'm a bad mom"},
      {T::personalizing, "the party was boring and it's my fault"},
      {T::personalizing, "she's upset, it must be something i did"},
      {T::disqualifying_positive, "they only said it was good to be nice"},
      {T::disqualifying_positive, "passing doesn't count, the test was easy"},
      {T::disqualifying_positive, "sure i got promoted but anyone could have"},
      {T::catastrophizing, "my boss frowned, i'm going to get fired and lose my house"},
      {T::fortune_telling, "my boss frowned, i'm going to get fired and lose my house"},
      {T::catastrophizing, "this headache must be a brain tumour"},
      {T::catastrophizing, "if i fail this my life is over"},
      {T::comparing, "everyone on instagram has a better life than me"},
      {T::comparing, "my sister is so much more successful"},
      {T::comparing, "why can't i be as thin as her"},
      {T::blaming, "it's my parents fault i'm like this"},
      {T::blaming, "my ex ruined my life"},
      {T::blaming, "my boss makes me so stressed"},
      {T::all_or_nothing, "i totally failed, the whole thing was a waste"},
      {T::all_or_nothing, "one mistake and everything is ruined"},
      {T::catastrophizing, "one mistake and everything is ruined"},
      {T::all_or_nothing, "im either the best or im nothing"},
      {T::overgeneralizing, "i never do anything right"},
      {T::overgeneralizing, "nobody ever listens to me"},
      {T::labeling, "i'm a complete mess"},
      {T::labeling, "im so dumb lol"},
      {T::labeling, "i am worthless garbage"},
      {T::fortune_telling, "the date tomorrow will go terribly"},
      {T::fortune_telling, "i just know they're going to say no"},
      {T::fortune_telling, "im gonna fail my driving test"},
      {T::mind_reading, "he didnt text back so hes obviously mad at me"},
      {T::mind_reading, "everyone at work thinks im incompetent"},
      {T::mind_reading, "i can tell she doesnt like me"},
      {T::emotional_reasoning, "i feel like a fraud so i probably am one"},
      {T::emotional_reasoning, "i feel so stupid"},
      {T::emotional_reasoning, "i feel hopeless so things must be hopeless"},
      {T::should_statements, "i shouldnt feel this way"},
      {T::should_statements, "i ought to be more productive"},
      {T::should_statements, "i need to be perfect at everything"},
      {T::personalizing, "my friend is sad and it's because of me"},
      {T::personalizing, "the team lost because i missed one pass"},
      {T::personalizing, "if i had been a better daughter my parents wouldnt have divorced"},
      {T::disqualifying_positive, "i got the job but only because nobody else applied"},
      {T::disqualifying_positive, "yeah they liked my cake but it wasnt that good really"},
      {T::disqualifying_positive, "my good grades don't mean anything"},
      {T::catastrophizing, "if i say the wrong thing my whole career is over"},
      {T::catastrophizing, "this is the worst thing that could ever happen"},
      {T::catastrophizing, "i'm going to have a breakdown and lose everything"},
      {T::comparing, "all my friends are married and i'm still single"},
      {T::comparing, "other people my age own houses"},
      {T::comparing, "she is prettier than i will ever be"},
      {T::blaming, "my coworker is the reason my project failed"},
      {T::blaming, "its their fault i feel like this"},
      {T::blaming, "my mom never supported me and thats why im a mess"},
      {T::catastrophizing, "i messed up the presentation so now my whole career is ruined"},
      {T::overgeneralizing, "ugh i always say the wrong thing"},
      {T::overgeneralizing, "nothing i do is ever good enough for him"},
      {T::labeling, "im a horrible person"},
      {T::labeling, "i am such a dissapointment"},
      {T::fortune_telling, "ill never find anyone who loves me"},
      {T::fortune_telling, "theres no way im getting that job"},
      {T::fortune_telling, "shes gonna leave me i just know it"},
      {T::mind_reading, "he thinks im stupid i can tell"},
      {T::mind_reading, "people must be laughing at me behind my back"},
      {T::emotional_reasoning, "i feel like such a burden so i probably am"},
      {T::emotional_reasoning, "i feel worthless"},
      {T::should_statements, "i shouldve known better"},
      {T::should_statements, "i have to get everything done today or im useless"},
      {T::should_statements, "i must always be strong for everyone"},
      {T::personalizing, "my daughter is struggling at school its my fault"},
      {T::personalizing, "if my husband is in a bad mood i must have done something"},
      {T::personalizing, "everyone was quiet at dinner, it was because of me"},
      {T::disqualifying_positive, "i only got a good mark because the teacher likes me"},
      {T::disqualifying_positive, "they said nice things but they dont mean it"},
      {T::disqualifying_positive, "finishing the marathon was nothing special"},
      {T::catastrophizing, "if i cant pay this bill ill lose everything"},
      {T::catastrophizing, "this pain means something is seriously wrong with me"},
      {T::catastrophizing, "i cant handle this anymore"},
      {T::comparing, "everyone else my age has a career and im stuck"},
      {T::comparing, "why is everybody else so much happier than me"},
      {T::comparing, "my brother always gets everything and i get nothing"},
      {T::blaming, "my boss is the reason im so stressed"},
      {T::blaming, "if it wasnt for my parents id be happy"},
      {T::blaming, "its all because of my ex"},
      {T::emotional_reasoning, "i feel like nobody would notice if i was gone"},
      {T::emotional_reasoning, "i feel unattractive so no one will ever date me"},
      {T::emotional_reasoning, "i'm anxious about the trip so it's going to go badly"},
      {T::emotional_reasoning, "since i feel guilty i must be a bad friend"},
      {T::emotional_reasoning, "i feel like a disappointment to my parents"},
      {T::all_or_nothing, "if it isn't perfect it's worthless"},
      {T::all_or_nothing, "i'm a total failure at life"},
      {T::all_or_nothing, "my diet is completely ruined because i ate one cookie"},
      {T::all_or_nothing, "i got one bad review so i'm terrible at my job"},
      {T::all_or_nothing, "everything about me is wrong"},
      {T::all_or_nothing, "i'm never going to be good at anything"},
      {T::overgeneralizing, "i always get rejected"},
      {T::overgeneralizing, "people always let me down"},
      {T::overgeneralizing, "i got dumped again, no one will ever stay with me"},
      {T::overgeneralizing, "all my relationships fail"},
      {T::overgeneralizing, "i mess up everything i touch"},
      {T::overgeneralizing, "i'm the kind of person who always gives up"},
      {T::labeling, "i'm the kind of person who always gives up"},
      {T::mind_reading, "he must be angry because he didn't say hi"},
      {T::mind_reading, "my boss doesn't respect me"},
      {T::mind_reading, "they are going to judge me for this"},
      {T::mind_reading, "my therapist is probably sick of me"},
      {T::fortune_telling, "what if nobody comes to my party"},
      {T::fortune_telling, "i'm sure i'll be rejected"},
      {T::fortune_telling, "it will be a disaster"},
      {T::catastrophizing, "it will be a disaster"},
      {T::fortune_telling, "i won't ever get better"},
  };
  for (const auto& [type, text] : kCasesByTrap) {
    EXPECT_TRUE(finds(text, type)) << finding_type_id(type) << ": " << text;
  }
}

// Phone typing splits a new thought at "i", but not inside an exclamation or a question.
TEST(Analyser, KeepsExclamationsAndQuestionsWithIInOneClause) {
  EXPECT_TRUE(finds("ugh what a jerk i am", T::labeling));
  EXPECT_TRUE(finds("this just shows how stupid i am", T::labeling));
  EXPECT_TRUE(finds("why cant i ever get anything right", T::overgeneralizing));
  EXPECT_EQ(shipped().analyse("i failed the test today i hate myself").sentences.size(), 2u);
  // A sentence opened by "if", "every" ... keeps its main clause.
  EXPECT_EQ(shipped().analyse("if i fail this i will lose my job").sentences.size(), 1u);
  EXPECT_TRUE(finds("every time i try something new i fail", T::overgeneralizing));
}

TEST(Analyser, NegationRemovesALabel) {
  EXPECT_TRUE(finds("I'm a failure", T::labeling));
  EXPECT_EQ(confidence_of("I'm not a failure", T::labeling), 0);
  EXPECT_EQ(confidence_of("I am not stupid", T::labeling), 0);
  EXPECT_EQ(confidence_of("I don't think I'm a failure", T::labeling), 0);
}

TEST(Analyser, SomeoneElsesWordsAreOnlyAGentleNote) {
  EXPECT_TRUE(finds("I'm lazy", T::labeling));
  const double reported = confidence_of("my boss said I'm lazy", T::labeling);
  EXPECT_GT(reported, 0);
  EXPECT_LT(reported, 0.5);
  EXPECT_TRUE(finds("I told myself I'm lazy", T::labeling));
}

TEST(Analyser, QuestionsAndHedgesLowerConfidence) {
  const double plain = confidence_of("I am a failure", T::labeling);
  EXPECT_LT(confidence_of("am I a failure?", T::labeling), plain);
  EXPECT_LT(confidence_of("am i a failure", T::labeling), plain);
  EXPECT_LT(confidence_of("maybe I am kind of a failure", T::labeling), plain);
  EXPECT_GT(confidence_of("maybe I am kind of a failure", T::labeling), 0);
}

TEST(Analyser, TheDistantPastLowersConfidence) {
  EXPECT_LT(confidence_of("I used to think I was worthless", T::labeling),
            confidence_of("I think I am worthless", T::labeling));
}

TEST(Analyser, AComparisonWithThePastIsNotThePast) {
  EXPECT_DOUBLE_EQ(confidence_of("he doesn't care about me like he used to", T::mind_reading),
                   confidence_of("he doesn't care about me", T::mind_reading));
  EXPECT_FALSE(finds("she doesn't sing like she used to", T::blaming));
}

TEST(Analyser, ShouldNeedsAJudgingSense) {
  EXPECT_TRUE(finds("I should have said no", T::should_statements));
  EXPECT_TRUE(finds("I shouldn't feel this way", T::should_statements));
  EXPECT_TRUE(finds("im supposed to be over this by now", T::should_statements));
  EXPECT_TRUE(finds("I must never let anyone down", T::should_statements));
  EXPECT_TRUE(finds("he shouldn't have read my diary", T::should_statements));
  EXPECT_FALSE(finds("my sister should be here at six", T::should_statements));
  EXPECT_FALSE(finds("the parcel should arrive tomorrow", T::should_statements));
  EXPECT_FALSE(finds("it should be fine", T::should_statements));
  EXPECT_FALSE(finds("I have to say, the food was lovely", T::should_statements));
  EXPECT_FALSE(finds("I must not have locked the door", T::should_statements));
}

TEST(Analyser, SubordinateClausesAfterACommaKeepTheirLink) {
  EXPECT_TRUE(finds("honestly, every time i try i fail", T::overgeneralizing));
  EXPECT_TRUE(finds("i always give up", T::overgeneralizing));  // a phrase in a "with" class
}

TEST(Analyser, GettingBetterIsNoComparison) {
  EXPECT_FALSE(finds("everyone is better now", T::comparing));
  EXPECT_TRUE(finds("everyone is better than me", T::comparing));
}

TEST(Analyser, DiscountingAndComparingInTheirClinicalForms) {
  // Burns (1980): disqualifying the positive, comparing and despairing.
  EXPECT_TRUE(finds("they only said that because they felt sorry for me", T::disqualifying_positive)) << "they only said that because they felt sorry for me";
  EXPECT_TRUE(finds("sure I got the promotion but anyone could have done it", T::disqualifying_positive)) << "sure I got the promotion but anyone could have done it";
  EXPECT_TRUE(finds("it doesn't count because my mum helped me", T::disqualifying_positive)) << "it doesn't count because my mum helped me";
  EXPECT_TRUE(finds("she was just being polite when she said she liked it", T::disqualifying_positive)) << "she was just being polite when she said she liked it";
  EXPECT_TRUE(finds("passing was a total fluke", T::disqualifying_positive)) << "passing was a total fluke";
  EXPECT_TRUE(finds("i only got the job because they were desperate", T::disqualifying_positive)) << "i only got the job because they were desperate";
  EXPECT_TRUE(finds("yeah but that was easy anyway", T::disqualifying_positive)) << "yeah but that was easy anyway";
  EXPECT_TRUE(finds("the compliment doesn't mean anything", T::disqualifying_positive)) << "the compliment doesn't mean anything";
  EXPECT_TRUE(finds("he only said that to cheer me up", T::disqualifying_positive)) << "he only said that to cheer me up";
  EXPECT_TRUE(finds("i got an A but the test was easy", T::disqualifying_positive)) << "i got an A but the test was easy";
  EXPECT_TRUE(finds("they're just saying that", T::disqualifying_positive)) << "they're just saying that";
  EXPECT_TRUE(finds("it was only luck", T::disqualifying_positive)) << "it was only luck";
  EXPECT_TRUE(finds("that doesn't really count", T::disqualifying_positive)) << "that doesn't really count";
  EXPECT_TRUE(finds("anyone could do what i do", T::disqualifying_positive)) << "anyone could do what i do";
  EXPECT_TRUE(finds("they only hired me because nobody else applied", T::disqualifying_positive)) << "they only hired me because nobody else applied";
  EXPECT_TRUE(finds("they're only nice to me because they have to be", T::disqualifying_positive)) << "they're only nice to me because they have to be";
  EXPECT_TRUE(finds("one good day doesn't make up for all the bad ones", T::disqualifying_positive)) << "one good day doesn't make up for all the bad ones";
  EXPECT_TRUE(finds("that was a one-off", T::disqualifying_positive)) << "that was a one-off";
  EXPECT_TRUE(finds("it's not like it was hard", T::disqualifying_positive)) << "it's not like it was hard";
  EXPECT_TRUE(finds("i just got lucky this time", T::disqualifying_positive)) << "i just got lucky this time";
  EXPECT_TRUE(finds("any idiot could have done that", T::disqualifying_positive)) << "any idiot could have done that";
  EXPECT_TRUE(finds("people only like me because they don't really know me", T::disqualifying_positive)) << "people only like me because they don't really know me";
  EXPECT_TRUE(finds("my friends say i'm kind but they don't know the real me", T::disqualifying_positive)) << "my friends say i'm kind but they don't know the real me";
  EXPECT_TRUE(finds("it wasn't a real success", T::disqualifying_positive)) << "it wasn't a real success";
  EXPECT_TRUE(finds("that doesn't prove i'm any good", T::disqualifying_positive)) << "that doesn't prove i'm any good";
  EXPECT_TRUE(finds("i finished the marathon but i was so slow it doesn't matter", T::disqualifying_positive)) << "i finished the marathon but i was so slow it doesn't matter";
  EXPECT_TRUE(finds("everyone else has a partner", T::comparing)) << "everyone else has a partner";
  EXPECT_TRUE(finds("all my friends are married already", T::comparing)) << "all my friends are married already";
  EXPECT_TRUE(finds("other people can handle this without falling apart", T::comparing)) << "other people can handle this without falling apart";
  EXPECT_TRUE(finds("why can't i be like my brother", T::comparing)) << "why can't i be like my brother";
  EXPECT_TRUE(finds("compared to my sister i'm a failure", T::comparing)) << "compared to my sister i'm a failure";
  EXPECT_TRUE(finds("i'm the only one who can't drive", T::comparing)) << "i'm the only one who can't drive";
  EXPECT_TRUE(finds("they're so much better at this than i am", T::comparing)) << "they're so much better at this than i am";
  EXPECT_TRUE(finds("i'm so far behind everyone", T::comparing)) << "i'm so far behind everyone";
  EXPECT_TRUE(finds("at my age everyone has a house", T::comparing)) << "at my age everyone has a house";
  EXPECT_TRUE(finds("everyone my age has their life together", T::comparing)) << "everyone my age has their life together";
  EXPECT_TRUE(finds("my friends are all so much smarter", T::comparing)) << "my friends are all so much smarter";
  EXPECT_TRUE(finds("she has a perfect life and i have nothing", T::comparing)) << "she has a perfect life and i have nothing";
  EXPECT_TRUE(finds("my colleagues are all more successful", T::comparing)) << "my colleagues are all more successful";
  EXPECT_TRUE(finds("everybody else seems to cope fine", T::comparing)) << "everybody else seems to cope fine";
  EXPECT_TRUE(finds("other moms manage to do it all", T::comparing)) << "other moms manage to do it all";
  EXPECT_TRUE(finds("i'll never be as good as him", T::comparing)) << "i'll never be as good as him";
  EXPECT_TRUE(finds("she's prettier than me", T::comparing)) << "she's prettier than me";
  EXPECT_TRUE(finds("why is everyone else happy", T::comparing)) << "why is everyone else happy";
  EXPECT_TRUE(finds("my classmates are way ahead of me", T::comparing)) << "my classmates are way ahead of me";
  EXPECT_TRUE(finds("my brother is the successful one", T::comparing)) << "my brother is the successful one";
  // Everyday uses of the same words.
  EXPECT_FALSE(finds("my sister should be here at six", T::disqualifying_positive)) << "my sister should be here at six";
  EXPECT_FALSE(finds("my sister should be here at six", T::comparing)) << "my sister should be here at six";
  EXPECT_FALSE(finds("it was easy to find the station", T::disqualifying_positive)) << "it was easy to find the station";
  EXPECT_FALSE(finds("it was easy to find the station", T::comparing)) << "it was easy to find the station";
  EXPECT_FALSE(finds("i got lucky with the weather today", T::disqualifying_positive)) << "i got lucky with the weather today";
  EXPECT_FALSE(finds("i got lucky with the weather today", T::comparing)) << "i got lucky with the weather today";
  EXPECT_FALSE(finds("everyone is better now after the flu", T::disqualifying_positive)) << "everyone is better now after the flu";
  EXPECT_FALSE(finds("everyone is better now after the flu", T::comparing)) << "everyone is better now after the flu";
  EXPECT_FALSE(finds("the test was on friday", T::disqualifying_positive)) << "the test was on friday";
  EXPECT_FALSE(finds("the test was on friday", T::comparing)) << "the test was on friday";
  EXPECT_FALSE(finds("my friends are coming over later", T::disqualifying_positive)) << "my friends are coming over later";
  EXPECT_FALSE(finds("my friends are coming over later", T::comparing)) << "my friends are coming over later";
  EXPECT_FALSE(finds("she is taller than her brother", T::disqualifying_positive)) << "she is taller than her brother";
  EXPECT_FALSE(finds("she is taller than her brother", T::comparing)) << "she is taller than her brother";
  EXPECT_FALSE(finds("only because of the rain we stayed in", T::disqualifying_positive)) << "only because of the rain we stayed in";
  EXPECT_FALSE(finds("only because of the rain we stayed in", T::comparing)) << "only because of the rain we stayed in";
  EXPECT_FALSE(finds("yeah but we can go tomorrow instead", T::disqualifying_positive)) << "yeah but we can go tomorrow instead";
  EXPECT_FALSE(finds("yeah but we can go tomorrow instead", T::comparing)) << "yeah but we can go tomorrow instead";
  EXPECT_FALSE(finds("compared to last year the garden looks great", T::disqualifying_positive)) << "compared to last year the garden looks great";
  EXPECT_FALSE(finds("compared to last year the garden looks great", T::comparing)) << "compared to last year the garden looks great";
}

TEST(Analyser, ContractionsMisspellingsAndPhoneTypingAreUnderstood) {
  for (const char* text : {"Im a failure", "I’m a failure", "IM A FAILIURE", "i m a failure",
                           "ugh i failed again im such a failure lol"}) {
    if (std::string_view(text) == "i m a failure") continue;  // not a contraction anyone types
    EXPECT_TRUE(finds(text, T::labeling)) << text;
  }
  EXPECT_TRUE(finds("nobody loves me i always ruin everything", T::belief_unlovable));
  EXPECT_TRUE(finds("nobody loves me i always ruin everything", T::overgeneralizing));
}

// Sentences written for these tests from Burns's descriptions of the traps.
TEST(Analyser, AlwaysAndNeverAreOvergeneralizingNotAllOrNothing) {
  EXPECT_TRUE(finds("i never get invited to things", T::overgeneralizing));
  EXPECT_FALSE(finds("i never get invited to things", T::all_or_nothing));
  EXPECT_TRUE(finds("my presentation was a complete waste", T::all_or_nothing));
  EXPECT_TRUE(finds("i will never be good at anything", T::all_or_nothing));
  EXPECT_TRUE(finds("i made one typo so i am useless at my job", T::all_or_nothing));
}

TEST(Analyser, ALabelIsNotInItselfAllOrNothing) {
  EXPECT_TRUE(finds("i am so selfish", T::labeling));
  EXPECT_FALSE(finds("i am so selfish", T::all_or_nothing));
  EXPECT_TRUE(finds("i am a total failure", T::all_or_nothing));
}

TEST(Analyser, ALabelInsideWhatOthersAreImaginedToThinkIsMindReading) {
  const char* text = "my teacher thinks i am lazy";
  EXPECT_TRUE(finds(text, T::mind_reading));
  EXPECT_TRUE(finds(text, T::self_criticism));
  EXPECT_FALSE(finds(text, T::labeling));
  EXPECT_GT(confidence_of(text, T::labeling), 0);
  EXPECT_TRUE(finds("i think i am lazy", T::labeling));
}

TEST(Analyser, NamingSomeoneIsLabelingAndOnlyMaybeBlaming) {
  const char* text = "my cousin is so rude";
  EXPECT_TRUE(finds(text, T::labeling));
  EXPECT_FALSE(finds(text, T::blaming));
  EXPECT_GT(confidence_of(text, T::blaming), 0);
}

TEST(Analyser, OthersFeelingsStatedAsFactAreMindReading) {
  EXPECT_TRUE(finds("my coach felt let down by me", T::mind_reading));
  EXPECT_TRUE(finds("the neighbours are out to get me", T::mind_reading));
  EXPECT_TRUE(finds("my colleagues are not interested in my ideas", T::mind_reading));
  EXPECT_FALSE(finds("my colleagues are interested in chess", T::mind_reading));
}

TEST(Analyser, UnrecognisedEffortAndLooksAndStillInQuestions) {
  EXPECT_TRUE(finds("all my effort at the shop goes unnoticed", T::disqualifying_positive));
  EXPECT_TRUE(finds("i am not appreciated at home", T::disqualifying_positive));
  EXPECT_FALSE(finds("i am appreciated at home", T::disqualifying_positive));
  EXPECT_TRUE(finds("why am i still so bad at this?", T::disqualifying_positive));
  EXPECT_TRUE(finds("i look so fat in every photo", T::comparing));
  EXPECT_TRUE(finds("i am ugly", T::comparing));
  EXPECT_FALSE(finds("i am short of time today", T::comparing));
  EXPECT_FALSE(finds("i am not fat", T::comparing));
}

TEST(Analyser, AwfulizingIsAboutWhatHappensNotAboutAPerson) {
  EXPECT_TRUE(finds("the holiday was terrible", T::catastrophizing));
  EXPECT_TRUE(finds("everything is going horribly", T::catastrophizing));
  EXPECT_TRUE(finds("what if my dad could die in surgery", T::catastrophizing));
  EXPECT_FALSE(finds("i am a terrible cook", T::catastrophizing));
  EXPECT_TRUE(finds("i am a terrible cook", T::labeling));
  EXPECT_FALSE(finds("i want to die", T::catastrophizing));
  EXPECT_TRUE(shipped().analyse("i want to die").crisis);
}

TEST(Analyser, HiddenShouldsAndTraitsAsForecasts) {
  EXPECT_TRUE(finds("i could have prepared much better for the talk", T::should_statements));
  EXPECT_FALSE(finds("i could have pasta tonight", T::should_statements));
  EXPECT_TRUE(finds("i am not clever enough to pass the course", T::fortune_telling));
  EXPECT_TRUE(finds("i am too stupid to get that job", T::fortune_telling));
}

TEST(Analyser, CuesAreTheTypedBytesAndSentencesCoverThem) {
  const std::string text =
      "Today was hard 😞. I’m SUCH an idiot — nobody wants me around\nand i cant cope";
  const Analysis a = shipped().analyse(text);
  ASSERT_FALSE(a.findings().empty());
  for (const Sentence& s : a.sentences) {
    ASSERT_LE(s.start, s.end);
    ASSERT_LE(s.end, text.size());
    for (const Finding& f : s.findings) {
      EXPECT_EQ(f.cue, text.substr(f.start, f.end - f.start));
      EXPECT_GE(f.start, s.start);
      EXPECT_LE(f.end, s.end);
      EXPECT_GT(f.confidence, 0);
      EXPECT_LE(f.confidence, 1);
    }
  }
  EXPECT_TRUE(finds(text, T::labeling));
  EXPECT_TRUE(finds(text, T::catastrophizing));
}

TEST(Analyser, TheJsonHasSentencesFindingsAndCrisis) {
  const auto j = analysis_to_json(shipped().analyse("I hate myself. I want to die"));
  EXPECT_EQ(j["crisis"], true);
  ASSERT_EQ(j["sentences"].size(), 2u);
  bool labeled = false;
  for (const auto& f : j["findings"]) {
    for (const char* k : {"type", "start", "end", "confidence", "cue"}) EXPECT_TRUE(f.contains(k));
    labeled = labeled || f["type"] == "labeling";
  }
  EXPECT_TRUE(labeled);
}

TEST(Analyser, TypeIdsRoundTripAndFamiliesAreRight) {
  for (std::size_t i = 0; i < kFindingTypeCount; ++i) {
    const auto t = static_cast<FindingType>(i);
    EXPECT_EQ(finding_type_from_id(finding_type_id(t)), t);
    EXPECT_EQ(is_thinking_trap(t), i < kThinkingTrapCount);
  }
  EXPECT_EQ(finding_type_id(T::comparing), "comparing");
  EXPECT_TRUE(is_core_belief(T::belief_distrust));
  EXPECT_FALSE(is_core_belief(T::self_criticism));
  EXPECT_FALSE(finding_type_from_id("labelling"));
}

TEST(Analyser, EmptyAndSymbolOnlyTextHasNoFindings) {
  for (const char* text : {"", "   ", "😭😭😭", "!!!???...", "\n\n"}) {
    const Analysis a = shipped().analyse(text);
    EXPECT_TRUE(a.findings().empty()) << text;
    EXPECT_FALSE(a.crisis);
  }
}

TEST(Analyser, ManySentencesWithoutPunctuationAreAnalysedInFull) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "i am worthless ";
  const Analysis a = shipped().analyse(text);
  EXPECT_GE(a.findings().size(), 2000u);
}

}  // namespace
}  // namespace refuge::analysis
