// SPDX-License-Identifier: MIT
// The benchmark corpus's own sentence bank: written for the benchmark, not copied from any data
// set. Slots in braces ({product}, {order} …) are filled from the word lists below; `'` and `"`
// are typed straight here and curled per reply by the generator.
#pragma once

#include <array>
#include <string_view>

namespace replylint::bench {

// Sympathy from the sidelines: "sorry to hear", pity, bare sorries.
inline constexpr std::string_view kSympathy[] = {
    "I'm so sorry to hear that your {product} arrived damaged.",
    "Sorry to hear about the delay with order {order}.",
    "I'm really sorry you've had such a rough time with this.",
    "Oh no, I'm sorry about that!",
    "That's awful, I'm truly sorry.",
    "I'm sorry for your trouble.",
    "We're sorry that the {product} has stopped working.",
    "What an unfortunate situation.",
    "I feel so bad for you, that's a terrible experience.",
    "Sorry that things didn't go as planned with your {event}.",
    "I'm sad to hear the {product} broke after only {n} days.",
    "That is really unfortunate.",
    "Sorry to see that the refund still hasn't reached you.",
    "Oh dear, that's a shame.",
    "I'm very sorry. We're unable to offer a refund on opened items, but you can sell it on.",
    "Sorry about that, but we can't change the delivery address once it has shipped.",
};

// Corporate non-apologies, hollow phrases and platitudes.
inline constexpr std::string_view kNonApology[] = {
    "We apologize for any inconvenience this may have caused.",
    "We apologise for the inconvenience.",
    "Sorry if you feel that way.",
    "We regret any confusion this may have caused.",
    "Mistakes were made during processing.",
    "Thank you for your patience and understanding.",
    "Thanks so much for your patience.",
    "Your feedback has been noted.",
    "Rest assured, your satisfaction is our top priority.",
    "Your business is very important to us.",
    "We value your feedback and will pass it on.",
    "Apologies for any trouble caused by the {product} update.",
    "Sorry if this caused you any issues.",
    "We appreciate your understanding in this matter.",
};

inline constexpr std::string_view kPlatitude[] = {
    "I understand your frustration.",
    "I completely understand.",
    "I know exactly how you feel.",
    "I hear you.",
    "We understand how frustrating this must be.",
    "I totally get it.",
    "I understand where you're coming from.",
    "We understand your concern about the {product}.",
};

// Dismissal, policy walls, deflection, blame.
inline constexpr std::string_view kDismissive[] = {
    "Unfortunately, our policy does not allow refunds after {n} days.",
    "As per our terms and conditions, there is nothing we can do.",
    "You will need to contact {courier} directly about this.",
    "Please read our FAQ before contacting us again.",
    "We can't refund your {noun} once it has shipped.",
    "We are unable to replace the {product} as it is outside the warranty period.",
    "This is not something we can help with.",
    "As previously stated, the {noun} cannot be changed.",
    "You should have checked the size guide before ordering.",
    "The system shows it was delivered, so it's out of our hands.",
    "We don't offer exchanges on sale items, as stated at checkout.",
    "That's just how it works, I'm afraid.",
    "It's only a small delay, so there's no need to worry.",
    "We cannot cancel your {noun} at this stage.",
    "Please note that we don't {rverb} {rnoun}s.",
    "I'm afraid your {rnoun} is {radj}.",
    "Our {rnoun} policy doesn't allow us to {rverb} it.",
};

// Empathy: acknowledge, cause, validate, own, act, explore.
inline constexpr std::string_view kEmpathy[] = {
    "I can see how frustrating it is to wait {n} days for a {product} you needed for your {event}.",
    "That must be really stressful, especially with your {event} coming up on {day}.",
    "It makes sense that you're upset - you paid for next-day delivery and it didn't arrive.",
    "This is our mistake, and I'm sorry we let you down.",
    "That's on us: the warehouse shipped the wrong size.",
    "I've issued a full refund of {price} to your card; you'll see it within 3 business days.",
    "I'll personally check the tracking tomorrow morning and email you by 10am.",
    "I've sent a replacement {product} by express courier, and it will arrive on {day}.",
    "What would be the most helpful outcome for you?",
    "How is this affecting your work this week?",
    "Would you prefer a replacement or a refund?",
    "I can imagine how worrying it was to see the charge twice on your statement.",
    "You were counting on this for your {event}, so I've upgraded the shipping at no cost.",
    "Anyone would be annoyed after being kept waiting on the phone for {n} minutes.",
    "I'm going to escalate this to our billing team and call you back before 4pm on {day}.",
    "Is there a particular date you need the {product} by?",
    "It sounds like you've been really patient with us, and we haven't made it easy.",
    "We got this wrong, and I've already credited {price} back to your account.",
    "I know how much you rely on the {product} for your business, so I've made this urgent.",
    "Here's exactly what I'm going to do: reship today and send you the tracking link.",
};

// Plain information: no rule should care.
inline constexpr std::string_view kNeutral[] = {
    "Your order {order} was dispatched on {day} via {courier}.",
    "The tracking number is {tracking}.",
    "You can update your billing address under Settings > Account > Billing.",
    "Our opening hours are 9:00-17:00 CET, Monday to Friday.",
    "I've attached the invoice for order {order} as a PDF.",
    "The firmware update (v{version}) is rolling out to all {product}s this week.",
    "Returns for the EU are handled by our warehouse in Köln.",
    "Let me know if there's anything else I can help with.",
    "The {product} comes with a two-year warranty from the date of purchase.",
    "Your subscription renews on {day}; you can change the plan at any time.",
    "To reset the {product}, hold the power button for 10 seconds until the light turns blue.",
    "I've updated the delivery note so the driver knows to leave it with your neighbour.",
    "Please reply to this email with a photo of the serial number on the back.",
    "The package weighs 2.4 kg and measures 40 × 30 × 15 cm.",
    "You'll find the user guide at {url}.",
    "Your ticket reference is {ticket}.",
    "The price includes VAT at 19% and free delivery.",
    "Our team in São Paulo will take it from here.",
    "I checked with the depot and the parcel is on the van today.",
    "You can pay by card, PayPal or bank transfer.",
    "The {noun} will show as \"pending\" until the bank confirms it.",
    "We ship to Norway, Sweden and Denmark from our hub in Malmö.",
};

// Customer turns of the JSON Lines transcripts (never scored).
inline constexpr std::string_view kCustomer[] = {
    "My order {order} still hasn't arrived and I need it for my {event}!!",
    "I was charged twice for the same {product}, please fix this.",
    "The {product} stopped working after {n} days. What now?",
    "Hi, can I change the delivery address for {order}?",
    "I'm really sorry to bother you but the tracking hasn't moved since {day}.",
    "This is the third time I'm writing. Nobody answers.",
    "Thanks, that worked!",
    "Where is my refund? It's been {n} days.",
};

inline constexpr std::string_view kGreeting[] = {
    "Hi {{customer.first_name}},",
    "Hello {name},",
    "Dear {{ticket.requester.name}},",
    "Hi {name}!",
    "Hey there! 👋",
    "Good morning {name},",
    "Hi there,",
    "Dear Mr. Müller,",
    "Hello {{ first_name | default: \"there\" }},",
    "Hi [CUSTOMER_NAME],",
};

inline constexpr std::string_view kSignOff[] = {
    "Best,\n{{agent.name}}",
    "Kind regards,\n{name} - Customer Care",
    "Cheers,\n[AGENT_NAME]",
    "Thanks,\n%AGENT_FIRST_NAME%",
    "Warm wishes,\n{name} from the Support team 🙂",
    "All the best,\n{{agent.signature}}",
    "Regards,\nZoë",
    "Speak soon,\n{name}",
};

inline constexpr std::string_view kProduct[] = {
    "kettle",           "laptop stand",  "router",       "blender",      "mattress",
    "smart thermostat", "jacket",        "headphones",   "coffee maker", "phone case",
    "e-reader",         "standing desk", "tent",         "vacuum",       "sofa",
    "printer",          "camera",        "baby monitor", "scooter",      "air purifier",
};

inline constexpr std::string_view kNoun[] = {
    "order",   "subscription", "booking", "invoice", "payment", "reservation",
    "account", "parcel",       "ticket",  "refund",  "voucher", "membership",
};

inline constexpr std::string_view kEvent[] = {
    "trip",    "wedding",        "daughter's birthday", "move",  "exam",   "presentation",
    "holiday", "first day back", "conference",          "party", "flight", "anniversary",
};

inline constexpr std::string_view kDay[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                            "Friday", "Saturday", "the 14th",  "12 March"};

inline constexpr std::string_view kCourier[] = {"DHL",      "DPD",      "Royal Mail", "UPS",
                                                "La Poste", "PostNord", "Hermes"};

inline constexpr std::string_view kName[] = {
    "Anna", "José", "Søren", "Zoë",   "Łukasz", "Priya", "Mateo", "Chloé",
    "Sam",  "Noah", "Aiko",  "Björn", "Fatima", "Olu",   "Marie", "田中",
};

inline constexpr std::string_view kPrice[] = {"€49.99", "£120", "$35.00", "€7,50",
                                              "£18.40", "$249", "¥3,000"};

// Phrase lexicon of the generated rule packs (1,000 / 5,000 rules). Dismissive sentences in the
// corpus draw `{noun}` from kNoun, so some generated rules do hit.
inline constexpr std::string_view kRuleVerb[] = {
    "refund",         "replace",
    "exchange",       "ship",
    "cancel",         "reschedule",
    "waive",          "upgrade",
    "downgrade",      "transfer",
    "reissue",        "reactivate",
    "unlock",         "extend",
    "expedite",       "reverse",
    "amend",          "change",
    "honour",         "match",
    "credit",         "redeliver",
    "collect",        "repair",
    "inspect",        "approve",
    "process",        "release",
    "restore",        "renew",
    "split",          "merge",
    "resend",         "track",
    "hold",           "return",
    "verify",         "validate",
    "override",       "adjust",
    "backdate",       "prioritise",
    "escalate",       "review",
    "refund in full", "partially refund",
    "cancel early",   "pause",
    "freeze",         "close",
};

inline constexpr std::string_view kRuleNoun[] = {
    "order",
    "subscription",
    "booking",
    "invoice",
    "payment",
    "reservation",
    "account",
    "parcel",
    "ticket",
    "refund",
    "voucher",
    "membership",
    "gift card",
    "delivery",
    "shipment",
    "return",
    "claim",
    "warranty",
    "contract",
    "plan",
    "upgrade",
    "deposit",
    "fee",
    "surcharge",
    "late fee",
    "installation",
    "appointment",
    "repair",
    "replacement",
    "exchange",
    "credit",
    "discount",
    "promo code",
    "coupon",
    "loyalty points",
    "balance",
    "statement",
    "direct debit",
    "standing order",
    "transfer",
    "address",
    "delivery slot",
    "collection",
    "pickup",
    "device",
    "sim card",
    "licence",
    "seat",
    "ticket upgrade",
    "cancellation",
    "chargeback",
    "dispute",
    "price match",
    "trade-in",
    "rental",
    "lease",
    "insurance",
    "protection plan",
    "bundle",
    "preorder",
    "backorder",
    "quote",
    "estimate",
    "work order",
    "service call",
    "callback",
    "complaint",
    "request",
    "application",
    "form",
    "profile",
    "password",
    "username",
    "email address",
    "phone number",
    "billing date",
    "renewal",
    "trial",
    "package",
    "tariff",
    "roaming",
    "data plan",
    "router",
    "modem",
    "meter reading",
    "tax invoice",
    "receipt",
    "order history",
    "wishlist",
    "basket",
    "checkout",
    "gift wrap",
    "engraving",
    "assembly",
    "installation fee",
    "restocking fee",
    "handling fee",
    "deposit refund",
    "security deposit",
    "pet fee",
};

inline constexpr std::string_view kRuleAdjective[] = {
    "non-refundable",   "final",       "binding",      "locked",     "closed",   "expired",
    "non-transferable", "void",        "ineligible",   "processed",  "archived", "suspended",
    "pending",          "on hold",     "under review", "restricted", "frozen",   "cancelled",
    "out of scope",     "not covered",
};

}  // namespace replylint::bench
