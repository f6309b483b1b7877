import { defineMeta } from '../../src/rule.js';
import { termOptions } from '../../src/terms/options.js';

const REMOVED = '§19 lists "illegal conduct or encouragement/support of illegal activities" among the posts the Council removes';

export const meta = defineMeta({
  id: 'illegal',
  description: 'No encouragement or support of illegal activity (buying or using drugs, fly-tipping, fare or parking dodging, drink or drug driving, phones at the wheel, fireworks where banned, fishing without a licence); appeals, enforcement news, amnesties, court results and awareness campaigns pass.',
  category: 'illegal',
  policy: ['19'],
  severity: 'error',
  fixable: false,
  options: termOptions(),
  messages: {
    drugs: `"{{word}}" encourages buying or using illegal drugs. ${REMOVED}: remove it. A post about drugs can point to help or to reporting instead ("free, confidential drugs and alcohol support", "report drug dealing to Crimestoppers").`,
    waste: `"{{word}}" encourages fly-tipping. ${REMOVED}: remove it, and say what to do instead ("book a bulky waste collection or take it to the household waste recycling centre; report fly-tipping online").`,
    fares: `"{{word}}" encourages travelling without paying the fare. ${REMOVED}: remove it, and give the fares or the ticket offer instead.`,
    parking: `"{{word}}" encourages breaking parking rules. ${REMOVED}: remove it, and say where people can park instead (car parks, Blue Badge bays for badge holders).`,
    driving: `"{{word}}" encourages drink driving, drug driving or using a phone at the wheel. ${REMOVED}: remove it; a road safety message says what to do ("plan a lift home", "put your phone away").`,
    fireworks: `"{{word}}" encourages letting off fireworks where it is an offence (in the street, at people, after 11pm). ${REMOVED}: remove it, and point to an organised display instead.`,
    fishing: `"{{word}}" encourages fishing without a rod licence. ${REMOVED}: remove it; say where to buy a licence (gov.uk/fishing-licences) instead.`,
    other: `"{{word}}" encourages breaking the law. ${REMOVED}: remove it, and say what people should do instead.`,
    configured: `"{{word}}" is on this council's list of words that encourage illegal activity. ${REMOVED}: reword without it.`,
  },
});
