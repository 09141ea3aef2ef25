// The reviews domain's handlers: one function per channel of reviews.channels.ts.
import { createReview, decideReview, reviewStep } from './reviews.service';
import { reviewSettings, saveReviewSettings } from './settings';
import { listReviews, reviewsOfPerson, reviewView } from './views';
import type { DomainHandlers } from '../../ipc/dispatch';
import { offerDossierPart } from '../persons';

// The person file lists the reviews the person handled.
offerDossierPart('reviews', reviewsOfPerson);

export const reviewsHandlers: DomainHandlers<'reviews'> = {
  'reviews:list': (core, input) => listReviews(core.session().db, input),
  'reviews:get': (core, input) => reviewView(core.session().db, input.reviewId),
  'reviews:create': (core, input) => createReview(core, input),
  'reviews:step': (core, input) => reviewStep(core, input),
  'reviews:decide': (core, input) => decideReview(core, input),
  'reviews:settings': (core) => reviewSettings(core.session().db),
  'reviews:updateSettings': (core, input) => saveReviewSettings(core, input),
};
